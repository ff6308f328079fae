// The storefront's performance targets and how a run measures up to them.
import { formatCount, formatKb, formatMb, formatMs, formatRate, KB, MB } from "./format";
import type { BenchReport, LoadResult, PageResult } from "./report";

export const TARGETS = {
  productRequestsPerSecond: 500,
  productP99Ms: 150,
  categoryRequestsPerSecond: 350,
  memoryMb: 200,
  javascriptKb: 120,
} as const;

export type TargetStatus = "pass" | "fail" | "not measured";

export interface TargetCheck {
  label: string;
  goal: string;
  /** The measured value, or why there is none. */
  result: string;
  status: TargetStatus;
}

function loadOf(report: BenchReport, id: PageResult["id"]): { load: LoadResult | null; why: string } {
  const page = report.pages.find((candidate) => candidate.id === id);
  return { load: page?.load ?? null, why: page?.unavailable ?? "not measured" };
}

/** A run where requests failed says little about speed: it cannot pass a speed target. */
function clean(load: LoadResult): boolean {
  return load.errors === 0 && load.non2xx === 0;
}

function failures(load: LoadResult): string {
  const parts = [];
  if (load.errors > 0) parts.push(`${formatCount(load.errors)} errors`);
  if (load.non2xx > 0) parts.push(`${formatCount(load.non2xx)} non-2xx`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

function atLeast(load: LoadResult | null, why: string, minimum: number) {
  if (!load) return { result: why, status: "not measured" as const };
  const pass = load.requestsPerSecond >= minimum && clean(load);
  return {
    result: `${formatRate(load.requestsPerSecond)}${failures(load)}`,
    status: pass ? "pass" : "fail",
  } as const;
}

export function checkTargets(report: BenchReport): TargetCheck[] {
  const product = loadOf(report, "product");
  const category = loadOf(report, "category");
  const memories = report.pages.flatMap((page) => (page.load?.memory ? [page.load.memory.maxBytes] : []));
  const maxMemory = memories.length > 0 ? Math.max(...memories) : null;
  const javascript = report.javascript;

  return [
    {
      label: "Product page throughput",
      goal: `≥ ${formatRate(TARGETS.productRequestsPerSecond)}`,
      ...atLeast(product.load, product.why, TARGETS.productRequestsPerSecond),
    },
    {
      label: "Product page latency, p99",
      goal: `≤ ${formatMs(TARGETS.productP99Ms)}`,
      ...(product.load
        ? {
            result: `${formatMs(product.load.latencyP99Ms)}${failures(product.load)}`,
            status:
              product.load.latencyP99Ms <= TARGETS.productP99Ms && clean(product.load) ? "pass" : "fail",
          }
        : { result: product.why, status: "not measured" }),
    },
    {
      label: "Category page throughput (24 products with facets)",
      goal: `≥ ${formatRate(TARGETS.categoryRequestsPerSecond)}`,
      ...atLeast(category.load, category.why, TARGETS.categoryRequestsPerSecond),
    },
    {
      label: "Storefront memory under load (highest RSS)",
      goal: `≤ ${TARGETS.memoryMb} MB`,
      ...(maxMemory !== null
        ? { result: formatMb(maxMemory), status: maxMemory <= TARGETS.memoryMb * MB ? "pass" : "fail" }
        : { result: "not measured (no /proc)", status: "not measured" }),
    },
    {
      label: "JavaScript on a product page (gzipped)",
      goal: `≤ ${TARGETS.javascriptKb} kB`,
      ...(javascript
        ? {
            result: formatKb(javascript.totalGzipBytes),
            status: javascript.totalGzipBytes <= TARGETS.javascriptKb * KB ? "pass" : "fail",
          }
        : { result: report.javascriptUnavailable ?? "not measured", status: "not measured" }),
    },
  ];
}
