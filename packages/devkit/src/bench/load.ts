// HTTP load with autocannon, run in this process: bounded in time, aimed at the local storefront only.
import autocannon from "autocannon";
import { BROWSER_HEADERS } from "./browser-headers";
import type { CpuSummary, LoadResult, MemorySummary } from "./report";

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

/** A load run that can be cut short (Ctrl-C). */
export interface RunningLoad {
  done: Promise<autocannon.Result>;
  stop(): void;
}

export function startLoad(url: string, options: LoadOptions): RunningLoad {
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: BROWSER_HEADERS,
        // A slow answer is a result to report, not a reason to drop the connection early.
        timeout: 30,
      },
      (error, result) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
  });
  return { done, stop: () => instance?.stop() };
}

/** The figures the report keeps from autocannon's result. */
export function toLoadResult(
  result: autocannon.Result,
  memory: MemorySummary | null,
  cpu: CpuSummary | null,
  referenceMs: number,
): LoadResult {
  return {
    requestsPerSecond: result.requests.mean,
    requests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    memory,
    cpu,
    referenceMs,
  };
}
