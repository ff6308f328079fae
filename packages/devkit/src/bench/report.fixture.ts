// A complete report for the tests of the report's renderers and target checks.
import type { BenchReport, LoadResult, PageResult } from "./report";

export function loadResult(overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    requestsPerSecond: 612.4,
    requests: 9186,
    latencyP50Ms: 71,
    latencyP99Ms: 132,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    memory: { maxBytes: 150 * 1024 * 1024, meanBytes: 140 * 1024 * 1024, samples: 61 },
    cpu: { processPercent: 97.6, machinePercent: 88.2, stealPercent: 0.4 },
    referenceMs: 61.4,
    ...overrides,
  };
}

export function benchReport(overrides: Partial<BenchReport> = {}): BenchReport {
  const pages: PageResult[] = [
    {
      id: "home",
      title: "Home",
      path: "/fr",
      unavailable: null,
      load: loadResult({ requestsPerSecond: 801.2 }),
    },
    {
      id: "category",
      title: "Category page",
      path: "/fr/categorie/cafe",
      unavailable: "the page answered HTTP 404",
      load: null,
    },
    {
      id: "product",
      title: "Product page",
      path: "/fr/produit/cafe-du-bresil-lave-lot-12",
      unavailable: null,
      load: loadResult(),
    },
  ];
  return {
    date: new Date("2026-11-22T10:15:30Z"),
    commit: "abc1234",
    machine: {
      cpuModel: "AMD EPYC 7B13",
      cores: 2,
      memoryBytes: 24 * 1024 ** 3,
      platform: "Linux 6.1.0",
      node: "20.20.2",
    },
    settings: { connections: 50, durationSeconds: 15, warmupSeconds: 5, warmupConnections: 10 },
    catalogProducts: 10_000,
    database: "PostgreSQL 16.4 at 127.0.0.1:5432",
    idleRssBytes: 98 * 1024 * 1024,
    pages,
    baseline: [
      { when: "before", unavailable: null, load: loadResult({ requestsPerSecond: 1010.6 }) },
      { when: "after", unavailable: null, load: loadResult({ requestsPerSecond: 1030.2 }) },
    ],
    javascript: {
      path: "/fr/produit/cafe-du-bresil-lave-lot-12",
      files: [
        { path: "/assets/entry.client-AbC123.js", bytes: 180_000, gzipBytes: 60_000 },
        { path: "/assets/product-XyZ789.js", bytes: 9_000, gzipBytes: 3_500 },
      ],
      totalBytes: 189_000,
      totalGzipBytes: 63_500,
      inlineBytes: 12_000,
      inlineGzipBytes: 3_000,
    },
    javascriptUnavailable: null,
    ...overrides,
  };
}
