// One page under load: is it there, warm it up, then measure throughput, latency and memory.
import { BASELINE_PATH } from "./baseline-process";
import { BROWSER_HEADERS } from "./browser-headers";
import { startLoad, toLoadResult, type RunningLoad } from "./load";
import { meterCpu } from "./cpu";
import { sampleRss } from "./memory";
import type { BaselineResult, BenchSettings, LoadResult, PageResult } from "./report";
import { timeReferenceWork } from "./reference-work";
import type { PageTarget } from "./page-urls";
import type { RunningServer } from "./server-process";

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

/** The load on one page of a server, once it is known to answer; `where` names it in the log. */
async function measureLoad(
  server: RunningServer,
  path: string,
  where: string,
  settings: BenchSettings,
  hooks: MeasureHooks,
): Promise<LoadResult> {
  const url = `${server.url}${path}`;
  if (settings.warmupSeconds > 0) {
    const { warmupSeconds: seconds, warmupConnections: connections } = settings;
    hooks.log(`${where}: warm-up, ${seconds} s at ${connections} connections…`);
    await run(startLoad(url, { connections, durationSeconds: seconds }), hooks);
  }
  // How fast the machine is right now (the server idle between the warm-up and the run).
  const referenceMs = timeReferenceWork();
  hooks.log(`${where}: ${settings.durationSeconds} s at ${settings.connections} connections…`);
  const sampler = sampleRss(server.pid);
  const meter = meterCpu(server.pid);
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
  if (!server.alive()) {
    throw new Error(`The server stopped during the load on ${path}:\n${server.output()}`);
  }
  return toLoadResult(result, memory, cpu, referenceMs);
}

export async function measurePage(
  storefront: RunningServer,
  target: PageTarget,
  settings: BenchSettings,
  hooks: MeasureHooks,
): Promise<PageResult> {
  const base = { id: target.id, title: target.title, path: target.path };
  if (!target.path) return { ...base, unavailable: target.missing ?? "no page to measure", load: null };
  const unavailable = await unavailability(`${storefront.url}${target.path}`);
  if (unavailable) {
    hooks.log(`${target.title} ${target.path}: not available (${unavailable}).`);
    return { ...base, unavailable, load: null };
  }
  const load = await measureLoad(storefront, target.path, `${target.title} ${target.path}`, settings, hooks);
  return { ...base, unavailable: null, load };
}

/** The bare Remix page, under the same load as the storefront's pages. */
export async function measureBaseline(
  baseline: RunningServer,
  when: BaselineResult["when"],
  settings: BenchSettings,
  hooks: MeasureHooks,
): Promise<BaselineResult> {
  const unavailable = await unavailability(`${baseline.url}${BASELINE_PATH}`);
  if (unavailable) {
    hooks.log(`Bare Remix page: not available (${unavailable}).`);
    return { when, unavailable, load: null };
  }
  const where = `Bare Remix page, ${when} the storefront's`;
  return {
    when,
    unavailable: null,
    load: await measureLoad(baseline, BASELINE_PATH, where, settings, hooks),
  };
}
