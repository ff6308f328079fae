// The storefront's resident memory, read from Linux's /proc/<pid>/status while the load runs.
import { readFileSync } from "node:fs";
import type { MemorySummary } from "./report";

/** VmRSS of a /proc/<pid>/status text, in bytes; null when the line is missing (a zombie, not Linux). */
export function parseVmRss(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB\s*$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** The current RSS of a process, in bytes; null when it cannot be read. */
export function readRss(pid: number): number | null {
  try {
    return parseVmRss(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return null;
  }
}

export function summarize(samples: readonly number[]): MemorySummary | null {
  if (samples.length === 0) return null;
  const total = samples.reduce((sum, sample) => sum + sample, 0);
  return { maxBytes: Math.max(...samples), meanBytes: total / samples.length, samples: samples.length };
}

export interface RssSampler {
  /** Stops sampling and returns what was seen (null when no sample could be read). */
  stop(): MemorySummary | null;
}

/** Samples a process's RSS every `intervalMs` until stopped. */
export function sampleRss(pid: number, intervalMs = 250): RssSampler {
  const samples: number[] = [];
  const take = () => {
    const rss = readRss(pid);
    if (rss !== null) samples.push(rss);
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return summarize(samples);
    },
  };
}
