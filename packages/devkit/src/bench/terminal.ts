// The summary printed at the end of a run: one line per page, then the targets.
import { formatKb, formatMb, formatMs, formatRate } from "./format";
import type { BenchReport } from "./report";
import { checkTargets, type TargetStatus } from "./targets";

const MARKS: Record<TargetStatus, string> = { pass: "✔ pass", fail: "✖ fail", "not measured": "– n/a " };

function columns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((text, index) => text.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

export function renderSummary(report: BenchReport): string {
  const pages = report.pages.map((page) =>
    page.load
      ? [
          page.title,
          formatRate(page.load.requestsPerSecond),
          formatMs(page.load.latencyP50Ms),
          formatMs(page.load.latencyP99Ms),
          String(page.load.errors),
          String(page.load.non2xx),
          page.load.memory ? formatMb(page.load.memory.maxBytes) : "n/a",
          formatMs(page.load.referenceMs),
          page.path ?? "",
        ]
      : [page.title, "not available", "", "", "", "", "", "", page.unavailable ?? ""],
  );
  const { javascript: js } = report;
  const javascript = js
    ? `JavaScript on ${js.path}: ${formatKb(js.totalGzipBytes)} gzipped in ${js.files.length} files`
    : `JavaScript: not available (${report.javascriptUnavailable ?? "not measured"})`;
  const targets = checkTargets(report).map((check) => [
    MARKS[check.status],
    check.label,
    check.goal,
    check.result,
  ]);
  return [
    ...columns([
      ["Page", "Req/s", "p50", "p99", "Errors", "Non-2xx", "RSS max", "Reference", "Path"],
      ...pages,
    ]),
    "",
    javascript,
    "",
    ...columns(targets),
  ].join("\n");
}
