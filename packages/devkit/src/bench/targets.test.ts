import { describe, expect, it } from "vitest";
import { benchReport, loadResult } from "./report.fixture";
import { checkTargets, TARGETS } from "./targets";

function statusOf(checks: ReturnType<typeof checkTargets>, label: string) {
  return checks.find((check) => check.label.startsWith(label));
}

describe("checkTargets", () => {
  it("holds the targets of the performance issue", () => {
    expect(TARGETS).toEqual({
      productRequestsPerSecond: 500,
      productP99Ms: 150,
      categoryRequestsPerSecond: 350,
      memoryMb: 200,
      javascriptKb: 120,
    });
  });

  it("passes, fails or skips each target from the run's figures", () => {
    const checks = checkTargets(benchReport());
    expect(checks.map((check) => [check.label, check.goal, check.result, check.status])).toEqual([
      ["Product page throughput", "≥ 500 req/s", "612 req/s", "pass"],
      ["Product page latency, p99", "≤ 150 ms", "132 ms", "pass"],
      [
        "Category page throughput (24 products with facets)",
        "≥ 350 req/s",
        "the page answered HTTP 404",
        "not measured",
      ],
      ["Storefront memory under load (highest RSS)", "≤ 200 MB", "150.0 MB", "pass"],
      ["JavaScript on a product page (gzipped)", "≤ 120 kB", "63.5 kB", "pass"],
    ]);
  });

  it("fails at the first unit past a target and passes on it", () => {
    const report = benchReport();
    const product = report.pages[2]!;
    product.load = loadResult({ requestsPerSecond: 499.9, latencyP99Ms: 150 });
    const checks = checkTargets(report);
    expect(statusOf(checks, "Product page throughput")?.status).toBe("fail");
    expect(statusOf(checks, "Product page latency")?.status).toBe("pass");
    product.load = loadResult({ requestsPerSecond: 500, latencyP99Ms: 151 });
    expect(statusOf(checkTargets(report), "Product page throughput")?.status).toBe("pass");
    expect(statusOf(checkTargets(report), "Product page latency")?.status).toBe("fail");
  });

  it("never passes a speed target when requests failed", () => {
    const report = benchReport();
    report.pages[2]!.load = loadResult({ requestsPerSecond: 4000, latencyP99Ms: 3, non2xx: 60_000 });
    const checks = checkTargets(report);
    expect(statusOf(checks, "Product page throughput")).toMatchObject({
      result: "4,000 req/s (60,000 non-2xx)",
      status: "fail",
    });
    expect(statusOf(checks, "Product page latency")?.status).toBe("fail");
  });

  it("measures memory as the highest RSS of any page, against 200 × 2^20 bytes", () => {
    const report = benchReport();
    const home = report.pages[0]!;
    home.load = loadResult({ memory: { maxBytes: 200 * 1024 * 1024 + 1, meanBytes: 1, samples: 1 } });
    expect(statusOf(checkTargets(report), "Storefront memory")).toMatchObject({
      result: "200.0 MB",
      status: "fail",
    });
    for (const page of report.pages) if (page.load) page.load.memory = null;
    expect(statusOf(checkTargets(report), "Storefront memory")?.status).toBe("not measured");
  });

  it("counts JavaScript in kB of 1,000 bytes and says why it was not measured", () => {
    const over = benchReport();
    over.javascript!.totalGzipBytes = 120_001;
    expect(statusOf(checkTargets(over), "JavaScript")?.status).toBe("fail");
    const missing = benchReport({
      javascript: null,
      javascriptUnavailable: "the product page was not measured",
    });
    expect(statusOf(checkTargets(missing), "JavaScript")).toMatchObject({
      result: "the product page was not measured",
      status: "not measured",
    });
  });
});
