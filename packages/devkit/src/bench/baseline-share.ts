// How the product page compares with the bare Remix page measured in the same run.
import type { BenchReport } from "./report";

/**
 * The product page's requests per second as a share of the bare page's (the mean of its runs), or
 * null when either is missing. A machine that slows down lowers both.
 */
export function productShareOfBaseline(report: BenchReport): number | null {
  const product = report.pages.find((page) => page.id === "product")?.load;
  const baseline = report.baseline.flatMap((result) => (result.load ? [result.load.requestsPerSecond] : []));
  if (!product || baseline.length === 0) return null;
  const mean = baseline.reduce((sum, value) => sum + value, 0) / baseline.length;
  return mean > 0 ? product.requestsPerSecond / mean : null;
}
