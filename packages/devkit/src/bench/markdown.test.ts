import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";
import { benchReport, loadResult } from "./report.fixture";
import { renderSummary } from "./terminal";

/** The headings of a Markdown text, in order. */
function headings(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("#"));
}

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(benchReport());

  it("keeps the same sections in the same order", () => {
    expect(headings(markdown)).toEqual([
      "# Storefront performance",
      "## Targets",
      "## Results",
      "### Home — `/fr`",
      "### Category page — `/fr/categorie/cafe`",
      "### Product page — `/fr/produit/cafe-du-bresil-lave-lot-12`",
      "### A bare Remix page, for scale — `packages/bench-baseline`",
      "### JavaScript on a product page",
      "## How it was measured",
      "## How to reproduce",
    ]);
    const other = renderMarkdown(
      benchReport({ javascript: null, javascriptUnavailable: "no product page", commit: null }),
    );
    expect(headings(other)).toEqual(headings(markdown));
  });

  it("says when, on what and on how many products", () => {
    expect(markdown).toContain(
      "Last run: 2026-11-22 10:15 UTC, commit abc1234, on a catalog of 10,000 products.",
    );
    expect(markdown).toContain("2 CPU cores (AMD EPYC 7B13), 24 GB of memory");
    expect(markdown).toContain("PostgreSQL 16.4 at 127.0.0.1:5432");
    expect(markdown).toContain("5 s warm-up at 10 connections (not recorded), then 15 s at 50 connections");
    expect(markdown).toContain("no CDN, no reverse proxy, no page cache");
    expect(markdown).toContain(
      "- Reference work: the time the machine takes, right before each measured run",
    );
  });

  it("puts the targets next to the results with a mark", () => {
    expect(markdown).toContain("| Product page throughput | ≥ 500 req/s | 612 req/s | ✅ pass |");
    expect(markdown).toContain(
      "| Category page throughput (24 products with facets) | ≥ 350 req/s | the page answered HTTP 404 " +
        "| — not measured |",
    );
    const failing = benchReport();
    failing.pages[2]!.load = loadResult({ latencyP99Ms: 480 });
    expect(renderMarkdown(failing)).toContain("| Product page latency, p99 | ≤ 150 ms | 480 ms | ❌ fail |");
  });

  it("gives a table per measured page and a reason for the others", () => {
    expect(markdown).toContain(
      "| Requests/s (mean) | Latency p50 | Latency p99 | Requests | Errors | Non-2xx | Memory max " +
        "| Memory mean | Server CPU | Machine CPU | Stolen by the host | Reference work |",
    );
    expect(markdown).toContain(
      "| 612 req/s | 71 ms | 132 ms | 9,186 | 0 | 0 | 150.0 MB | 140.0 MB | 98% of a core " +
        "| 88% of all cores | 0.4% | 61 ms |",
    );
    expect(markdown).toContain(
      "### Category page — `/fr/categorie/cafe`\n\nNot available: the page answered HTTP 404.",
    );
  });

  it("puts the bare Remix page's runs beside the pages, and the product page's share of them", () => {
    expect(markdown).toContain(
      "| Before the storefront's pages | 1,011 req/s | 71 ms | 132 ms | 9,186 | 0 | 0 | 150.0 MB |",
    );
    expect(markdown).toContain("| After them | 1,030 req/s |");
    // 612.4 / mean(1010.6, 1030.2) = 60%.
    expect(markdown).toContain(
      "For scale, in the same run: a bare Remix page of the same size served 1,011 req/s before the " +
        "storefront's pages and 1,030 req/s after them (see below); the product page served 60% of their mean.",
    );
    const missing = benchReport();
    missing.baseline[1] = { when: "after", unavailable: "the page answered HTTP 500", load: null };
    missing.pages[2]!.load = null;
    const text = renderMarkdown(missing);
    expect(text).toContain("| After them | not available: the page answered HTTP 500 |");
    expect(text).toContain(
      "served 1,011 req/s before the storefront's pages and (not measured) after them (see below).",
    );
  });

  it("lists the JavaScript files with their sizes and the total", () => {
    expect(markdown).toContain("| `/assets/entry.client-AbC123.js` | 180.0 kB | 60.0 kB |");
    expect(markdown).toContain("| **Total** | **189.0 kB** | **63.5 kB** |");
    expect(markdown).toContain("3.0 kB gzipped (12.0 kB uncompressed)");
  });

  it("tells how to run it again, with the options of the run", () => {
    expect(markdown).toContain("pnpm bench:storefront           # this run\n");
    expect(markdown).toContain(
      "pnpm bench:storefront --fresh   # the same on a rebuilt benchmark database\n",
    );
    const short = benchReport({
      settings: { connections: 50, durationSeconds: 3, warmupSeconds: 1, warmupConnections: 10 },
    });
    expect(renderMarkdown(short)).toContain("pnpm bench:storefront --duration 3 --warmup 1   # this run\n");
    expect(renderMarkdown(short)).toContain("pnpm bench:storefront --fresh                   # the same");
  });

  it("is the same text for the same run, ending with one newline", () => {
    expect(renderMarkdown(benchReport())).toBe(markdown);
    expect(markdown.endsWith("\n")).toBe(true);
    expect(markdown.endsWith("\n\n")).toBe(false);
  });

  it("keeps its content through Prettier, which the command runs before writing the file", async () => {
    const formatted = await prettier.format(markdown, { parser: "markdown", printWidth: 110 });
    expect(headings(formatted)).toEqual(headings(markdown));
    expect(formatted).toContain("pnpm bench:storefront           # this run\n");
    expect(formatted).toMatch(/\| Product page throughput +\| ≥ 500 req\/s +\| 612 req\/s +\| ✅ pass +\|/);
    expect(formatted).toContain("<!-- Written by `pnpm bench:storefront`");
  });

  it("escapes table cells", () => {
    const report = benchReport();
    report.pages[1]!.unavailable = "HTTP 500 | boom";
    expect(renderMarkdown(report)).toContain("HTTP 500 \\| boom");
  });
});

describe("renderSummary", () => {
  it("prints a line per page and per target", () => {
    const summary = renderSummary(benchReport());
    const lines = summary.split("\n");
    expect(lines[0]).toMatch(/^Page +Req\/s +p50 +p99 +Errors +Non-2xx +RSS max +Reference +Path$/);
    expect(summary).toMatch(
      /Product page +612 req\/s +71 ms +132 ms +0 +0 +150\.0 MB +61 ms +\/fr\/produit\//,
    );
    expect(summary).toMatch(/Category page +not available +the page answered HTTP 404/);
    expect(summary).toContain(
      "JavaScript on /fr/produit/cafe-du-bresil-lave-lot-12: 63.5 kB gzipped in 2 files",
    );
    expect(summary).toMatch(/✔ pass +Product page throughput/);
    expect(summary).toMatch(/– n\/a +Category page throughput/);
    expect(lines[1]).toMatch(
      /^Bare Remix \(before\) +1,011 req\/s +71 ms +132 ms +0 +0 +150\.0 MB +61 ms +\/$/,
    );
    expect(lines[5]).toMatch(/^Bare Remix \(after\) +1,030 req\/s /);
    expect(summary).toContain("Product page: 60% of the bare Remix page's req/s");
  });
});
