// docs/performance.md, written whole by every run: the same sections in the same order, so that a
// diff between two runs shows only what changed.
import {
  formatCount,
  formatDate,
  formatKb,
  formatMb,
  formatMs,
  formatPercent,
  formatRate,
  formatPercentTenths,
  KB,
} from "./format";
import { productShareOfBaseline } from "./baseline-share";
import { CATALOG_PRODUCTS, DEFAULT_OPTIONS } from "./options";
import type { BaselineResult, BenchReport, LoadResult, PageResult } from "./report";
import { checkTargets, type TargetStatus } from "./targets";

const MARKS: Record<TargetStatus, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  "not measured": "— not measured",
};

/** Escapes what would break a table cell or start inline code. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ];
}

const LOAD_COLUMNS = [
  "Requests/s (mean)",
  "Latency p50",
  "Latency p99",
  "Requests",
  "Errors",
  "Non-2xx",
  "Memory max",
  "Memory mean",
  "Server CPU",
  "Machine CPU",
  "Stolen by the host",
  "Reference work",
];

function loadRow(load: LoadResult): string[] {
  return [
    formatRate(load.requestsPerSecond),
    formatMs(load.latencyP50Ms),
    formatMs(load.latencyP99Ms),
    formatCount(load.requests),
    load.timeouts > 0
      ? `${formatCount(load.errors)} (${formatCount(load.timeouts)} timeouts)`
      : formatCount(load.errors),
    formatCount(load.non2xx),
    load.memory ? formatMb(load.memory.maxBytes) : "n/a",
    load.memory ? formatMb(load.memory.meanBytes) : "n/a",
    load.cpu ? `${formatPercent(load.cpu.processPercent)} of a core` : "n/a",
    load.cpu ? `${formatPercent(load.cpu.machinePercent)} of all cores` : "n/a",
    load.cpu ? formatPercentTenths(load.cpu.stealPercent) : "n/a",
    formatMs(load.referenceMs),
  ];
}

function pageSection(page: PageResult): string[] {
  const heading = `### ${page.title}${page.path ? ` — \`${page.path}\`` : ""}`;
  if (!page.load) return [heading, "", `Not available: ${page.unavailable ?? "not measured"}.`];
  return [heading, "", ...table(LOAD_COLUMNS, [loadRow(page.load)])];
}

const BASELINE_WHEN: Record<BaselineResult["when"], string> = {
  before: "Before the storefront's pages",
  after: "After them",
};

function baselineSection(report: BenchReport): string[] {
  return [
    `### A bare Remix page, for scale — \`packages/bench-baseline\``,
    "",
    words(
      "A page of the product page's size and shape (about 200 elements, 27 kB of HTML) rendered by",
      "Remix and React from data held in memory, behind Express with Remix's adapter: no database, no",
      "middleware, no compression. Same Remix, React, patches, future flags and process settings as the",
      "storefront, but not its limit on the heap's growth (`packages/server`): its memory is V8's",
      "default, and no target. It is loaded like the pages above, once before them and once after, its",
      "server started for each run.",
    ),
    "",
    ...table(
      ["Measured", ...LOAD_COLUMNS],
      report.baseline.map((result) => [
        BASELINE_WHEN[result.when],
        ...(result.load
          ? loadRow(result.load)
          : [
              `not available: ${result.unavailable ?? "not measured"}`,
              ...LOAD_COLUMNS.slice(1).map(() => ""),
            ]),
      ]),
    ),
  ];
}

function forScale(report: BenchReport): string[] {
  const rate = (when: BaselineResult["when"]) => {
    const load = report.baseline.find((result) => result.when === when)?.load;
    return load ? formatRate(load.requestsPerSecond) : "(not measured)";
  };
  if (report.baseline.length === 0) return [];
  const share = productShareOfBaseline(report);
  const measured = words(
    `For scale, in the same run: a bare Remix page of the same size served ${rate("before")} before the`,
    `storefront's pages and ${rate("after")} after them (see below)`,
  );
  const ratio = share === null ? "" : `; the product page served ${formatPercent(share * 100)} of their mean`;
  return ["", `${measured}${ratio}.`];
}

function javascriptSection(report: BenchReport): string[] {
  const heading = "### JavaScript on a product page";
  const { javascript } = report;
  if (!javascript) return [heading, "", `Not available: ${report.javascriptUnavailable ?? "not measured"}.`];
  return [
    heading,
    "",
    `Scripts loaded up front by \`${javascript.path}\`: ${formatKb(javascript.totalGzipBytes)} gzipped ` +
      `(${formatKb(javascript.totalBytes)} uncompressed) in ${javascript.files.length} files.`,
    "",
    ...table(
      ["File", "Size", "Gzipped"],
      [
        ...javascript.files.map((file) => [
          `\`${file.path}\``,
          formatKb(file.bytes),
          formatKb(file.gzipBytes),
        ]),
        ["**Total**", `**${formatKb(javascript.totalBytes)}**`, `**${formatKb(javascript.totalGzipBytes)}**`],
      ],
    ),
    "",
    `Inline scripts of the page (loader data, module bootstrap), not counted above: ` +
      `${formatKb(javascript.inlineGzipBytes)} gzipped (${formatKb(javascript.inlineBytes)} uncompressed).`,
  ];
}

/** Shell lines with their comments lined up. */
function comments(lines: [command: string, comment: string][]): string[] {
  const width = Math.max(...lines.map(([command]) => command.length));
  return lines.map(([command, comment]) => `${command.padEnd(width)}   ${comment}`);
}

/** The command that repeats this run: the options that differ from the defaults. */
function reproduceCommand(settings: BenchReport["settings"]): string {
  const flags = [
    settings.durationSeconds !== DEFAULT_OPTIONS.durationSeconds
      ? `--duration ${settings.durationSeconds}`
      : "",
    settings.connections !== DEFAULT_OPTIONS.connections ? `--connections ${settings.connections}` : "",
    settings.warmupSeconds !== DEFAULT_OPTIONS.warmupSeconds ? `--warmup ${settings.warmupSeconds}` : "",
  ].filter(Boolean);
  return ["pnpm bench:storefront", ...flags].join(" ");
}

/** Joins the words of one paragraph or list item, so that the source keeps short lines. */
function words(...parts: string[]): string {
  return parts.join(" ");
}

function method(report: BenchReport): string[] {
  const { machine, settings } = report;
  return [
    words(
      `- Machine: ${machine.cores} CPU cores (${machine.cpuModel}),`,
      `${Math.round(machine.memoryBytes / 1024 ** 3)} GB of memory, ${machine.platform},`,
      `Node.js ${machine.node}.`,
      "The load generator, the storefront and PostgreSQL share these cores: the figures are lower than on a",
      "dedicated server, and only comparable between runs on the same kind of machine.",
    ),
    words(
      `- Database: ${report.database}, a database migrated and seeded with the demo data, then with the`,
      `large catalog (\`tsx prisma/seed.ts --large ${CATALOG_PRODUCTS}\`: synthetic products spread over`,
      "every category, 1 to 4 variants each).",
    ),
    words(
      "- Server: the storefront's production build (`node server.js`, `NODE_ENV=production`, default",
      "database pool), run from a copy taken right after the build (a build started meanwhile cannot swap",
      "its files),",
      "with nothing in front of it: no CDN, no reverse proxy, no page cache.",
    ),
    words(
      `- Load: [autocannon](https://github.com/mcollina/autocannon), per page a ${settings.warmupSeconds} s`,
      `warm-up at ${settings.warmupConnections} connections (not recorded), then`,
      `${settings.durationSeconds} s at ${settings.connections} connections with keep-alive, one request`,
      "at a time per connection. Requests carry a desktop browser's headers (`Accept-Encoding: gzip`, so",
      "responses are compressed as for shoppers, and a browser User-Agent, so documents are streamed).",
    ),
    words(
      "- Requests/s is the mean of autocannon's per-second counts; p50 and p99 come from its latency",
      "histogram. Errors are connection errors and timeouts (30 s); non-2xx responses are counted apart.",
    ),
    words(
      "- Memory is the server process's resident set size (`VmRSS` in `/proc/<pid>/status`), sampled",
      "every 250 ms during each measured run; 1 MB = 1,048,576 bytes.",
    ),
    words(
      "- CPU: the server process's CPU time (`/proc/<pid>/stat`) during each measured run, in % of one",
      "core (its JavaScript runs on one core; garbage collection and compression threads can take it past",
      "100%), and the whole machine's (`/proc/stat`), in % of all cores: the load generator and PostgreSQL",
      "count there, and so would any other program running at the same time. Stolen by the host: the",
      "time a virtual machine's cores waited while the hypervisor ran other guests (`steal` in",
      "`/proc/stat`), in % of all cores; it says that the machine was shared, not how much it was slowed",
      "by neighbours sharing its caches and memory.",
    ),
    words(
      "- Bare Remix page (`packages/bench-baseline`, its own process, started for each of its runs): the same",
      "load on a page like the product page that only Remix, React and Express serve, once before the",
      "storefront's pages and once after. A machine that slows down lowers both, though not always by",
      "the same share (the storefront runs far more code over far more memory): read a run's pages",
      "beside its bare page, and compare runs on both.",
    ),
    words(
      "- Reference work: the time the machine takes, right before each measured run, for a fixed piece of",
      "single-threaded work like a page's (Brotli compression of the same generated HTML, JSON of the same",
      "data; the median of nine timings). This machine's speed drifts within the hour: runs compare when",
      "their reference times are close, and a run whose reference took 20% longer was on a slower machine.",
    ),
    words(
      "- JavaScript: every script Chromium downloads while it loads and hydrates the product page (until",
      "the network is idle), each gzipped at level 9 and summed;",
      `1 kB = ${formatCount(KB)} bytes. Modules loaded later (on navigation or interaction) are not counted.`,
    ),
    words(
      "- Pages: the French home, the category page of the top-level category holding the most products,",
      "and the page of a product with the most variants and an image. A page that does not answer 200 is",
      "reported as not available.",
    ),
  ];
}

function reproduce(settings: BenchReport["settings"]): string[] {
  return [
    "```sh",
    ...comments([
      [reproduceCommand(settings), "# this run"],
      ["pnpm bench:storefront --fresh", "# the same on a rebuilt benchmark database"],
    ]),
    "```",
    "",
    words(
      `Options: \`--duration <s>\` (default ${DEFAULT_OPTIONS.durationSeconds}),`,
      `\`--connections <n>\` (default ${DEFAULT_OPTIONS.connections}),`,
      `\`--warmup <s>\` (default ${DEFAULT_OPTIONS.warmupSeconds}).`,
      "With `TEST_DATABASE_URL` or `DATABASE_URL` set, the benchmark database",
      "(`comptoir_bench_<migrations checksum>`) is built once on that server and reused by later runs until",
      "the seed changes; without, a throw-away embedded PostgreSQL is started and seeded for the run.",
      "Each run builds the storefront, starts it, measures, rewrites this file and stops everything it",
      "started.",
    ),
  ];
}

export function renderMarkdown(report: BenchReport): string {
  const idle = report.idleRssBytes !== null ? formatMb(report.idleRssBytes) : "n/a";
  const lines = [
    "# Storefront performance",
    "",
    words(
      "<!-- Written by `pnpm bench:storefront` (packages/devkit/src/bench/).",
      "Edit the harness, not this file: each run rewrites it. -->",
    ),
    "",
    words(
      `Last run: ${formatDate(report.date)}${report.commit ? `, commit ${report.commit}` : ""},`,
      `on a catalog of ${formatCount(report.catalogProducts)} products.`,
    ),
    "",
    "## Targets",
    "",
    ...table(
      ["Target", "Goal", "Result", "Status"],
      checkTargets(report).map((check) => [check.label, check.goal, check.result, MARKS[check.status]]),
    ),
    "",
    "A throughput or latency target only passes when no request failed during the run.",
    ...forScale(report),
    "",
    words(
      "Where the time and memory go, what was done about it and what is left:",
      "[performance-notes.md](performance-notes.md).",
    ),
    "",
    "## Results",
    "",
    `Storefront memory when idle, before the load: ${idle}.`,
    "",
  ];
  for (const page of report.pages) lines.push(...pageSection(page), "");
  lines.push(...baselineSection(report), "");
  lines.push(
    ...javascriptSection(report),
    "",
    "## How it was measured",
    "",
    ...method(report),
    "",
    "## How to reproduce",
    "",
    ...reproduce(report.settings),
    "",
  );
  return lines.join("\n");
}
