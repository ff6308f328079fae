// The summary printed at the end of a run: one line per page, then the targets.
import { formatKb, formatMb, formatMs, formatPercent, formatRate } from "./format";
import { BASELINE_PATH } from "./baseline-process";
import { productShareOfBaseline } from "./baseline-share";
import type { BaselineResult, BenchReport, LoadResult } from "./report";
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

function row(title: string, load: LoadResult | null, path: string, unavailable: string | null): string[] {
  if (!load) return [title, "not available", "", "", "", "", "", "", unavailable ?? ""];
  return [
    title,
    formatRate(load.requestsPerSecond),
    formatMs(load.latencyP50Ms),
    formatMs(load.latencyP99Ms),
    String(load.errors),
    String(load.non2xx),
    load.memory ? formatMb(load.memory.maxBytes) : "n/a",
    formatMs(load.referenceMs),
    path,
  ];
}

export function renderSummary(report: BenchReport): string {
  const baseline = (when: BaselineResult["when"]) =>
    report.baseline
      .filter((result) => result.when === when)
      .map((result) => row(`Bare Remix (${when})`, result.load, BASELINE_PATH, result.unavailable));
  const pages = [
    ...baseline("before"),
    ...report.pages.map((page) => row(page.title, page.load, page.path ?? "", page.unavailable)),
    ...baseline("after"),
  ];
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
  const share = productShareOfBaseline(report);
  return [
    ...columns([
      ["Page", "Req/s", "p50", "p99", "Errors", "Non-2xx", "RSS max", "Reference", "Path"],
      ...pages,
    ]),
    ...(share === null
      ? []
      : ["", `Product page: ${formatPercent(share * 100)} of the bare Remix page's req/s`]),
    "",
    javascript,
    "",
    ...columns(targets),
  ].join("\n");
}
