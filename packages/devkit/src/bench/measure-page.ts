// One page under load: is it there, warm it up, then measure throughput, latency and memory.
import { BROWSER_HEADERS } from "./browser-headers";
import { startLoad, toLoadResult, type RunningLoad } from "./load";
import { meterCpu } from "./cpu";
import { sampleRss } from "./memory";
import type { BenchSettings, PageResult } from "./report";
import { timeReferenceWork } from "./reference-work";
import type { PageTarget } from "./page-urls";
import type { RunningStorefront } from "./storefront-process";

/** Null when the page answers 200; otherwise why it cannot be measured. */
export async function unavailability(url: string): Promise<string | null> {
  const response = await fetch(url, { headers: BROWSER_HEADERS, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status === 200) return null;
  const location = response.headers.get("location");
  return `the page answered HTTP ${response.status}${location ? ` (to ${location})` : ""}`;
}

export interface MeasureHooks {
  log: (line: string) => void;
  /** Receives the load in progress, so that Ctrl-C can stop it. */
  onLoad: (load: RunningLoad | null) => void;
}

async function run(load: RunningLoad, hooks: MeasureHooks) {
  hooks.onLoad(load);
  try {
    return await load.done;
  } finally {
    hooks.onLoad(null);
  }
}

export async function measurePage(
  storefront: RunningStorefront,
  target: PageTarget,
  settings: BenchSettings,
  hooks: MeasureHooks,
): Promise<PageResult> {
  const base = { id: target.id, title: target.title, path: target.path };
  if (!target.path) return { ...base, unavailable: target.missing ?? "no page to measure", load: null };
  const url = `${storefront.url}${target.path}`;
  const unavailable = await unavailability(url);
  if (unavailable) {
    hooks.log(`${target.title} ${target.path}: not available (${unavailable}).`);
    return { ...base, unavailable, load: null };
  }

  const where = `${target.title} ${target.path}`;
  if (settings.warmupSeconds > 0) {
    const { warmupSeconds: seconds, warmupConnections: connections } = settings;
    hooks.log(`${where}: warm-up, ${seconds} s at ${connections} connections…`);
    await run(startLoad(url, { connections, durationSeconds: seconds }), hooks);
  }
  // How fast the machine is right now (the server idle between the warm-up and the run).
  const referenceMs = timeReferenceWork();
  hooks.log(`${where}: ${settings.durationSeconds} s at ${settings.connections} connections…`);
  const sampler = sampleRss(storefront.pid);
  const meter = meterCpu(storefront.pid);
  let memory;
  let cpu;
  let result;
  try {
    result = await run(
      startLoad(url, { connections: settings.connections, durationSeconds: settings.durationSeconds }),
      hooks,
    );
  } finally {
    memory = sampler.stop();
    cpu = meter.stop();
  }
  if (!storefront.alive()) {
    throw new Error(`The storefront stopped during the load on ${target.path}:\n${storefront.output()}`);
  }
  return { ...base, unavailable: null, load: toLoadResult(result, memory, cpu, referenceMs) };
}
