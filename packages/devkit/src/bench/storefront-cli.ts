// `pnpm bench:storefront`: builds the storefront, prepares a database holding a large catalog,
// starts the production server, loads the home, a category page and a product page with autocannon
// (with a bare Remix page under the same load before and after them, for scale), measures the
// JavaScript of a product page, prints a summary and rewrites docs/performance.md.
// Whatever it started (server, embedded PostgreSQL, seed, build) is stopped at the end, on failure
// and on Ctrl-C. It exits non-zero only when the harness fails: a missed target is a result.
// The root script starts it with `exec node --import tsx`, so signals reach this process directly.
import type { ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@comptoir/db/embedded";
import * as prettier from "prettier";
import { prepareBenchDatabase } from "./bench-database";
import { startBaseline } from "./baseline-process";
import { buildApps } from "./build-apps";
import { measureJavaScript } from "./javascript-size";
import type { RunningLoad } from "./load";
import { gitCommit, machineInfo } from "./machine";
import { renderMarkdown } from "./markdown";
import { measureBaseline, measurePage } from "./measure-page";
import { readRss } from "./memory";
import { CATALOG_PRODUCTS, parseBenchArgs, USAGE, WARMUP_CONNECTIONS, type BenchOptions } from "./options";
import { findPageTargets } from "./page-urls";
import type { BaselineResult, BenchReport, BenchSettings, JavaScriptSize, PageResult } from "./report";
import { startStorefront } from "./storefront-process";
import { renderSummary } from "./terminal";

const REPORT_PATH = path.join(repoRoot, "docs", "performance.md");

/** Run in reverse order at the end: the server before the database it uses. */
const cleanups: (() => Promise<void>)[] = [];
const children: { build: ChildProcess | null; seed: ChildProcess | null } = { build: null, seed: null };
let load: RunningLoad | null = null;
let stopped: Promise<void> | undefined;
let interrupted = false;

function log(line: string): void {
  console.log(`  ${line}`);
}

function step(line: string): void {
  console.log(`\n▸ ${line}`);
}

function oneLine(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Stops everything this run started; every caller waits for the same single shutdown. */
function stopEverything(): Promise<void> {
  stopped ??= (async () => {
    load?.stop();
    for (const child of [children.build, children.seed]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("close", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    }
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  })();
  return stopped;
}

async function interrupt(signal: NodeJS.Signals, code: number): Promise<void> {
  interrupted = true;
  console.error(`\n${signal}: stopping what the benchmark started…`);
  await stopEverything();
  process.exit(code);
}

async function run(options: BenchOptions): Promise<void> {
  const settings: BenchSettings = {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    warmupConnections: WARMUP_CONNECTIONS,
  };

  step("Building the storefront and the bare Remix page for production…");
  await buildApps((child) => (children.build = child));

  step("Preparing the benchmark database…");
  const database = await prepareBenchDatabase({
    products: CATALOG_PRODUCTS,
    fresh: options.fresh,
    log,
    onServer: (stop) => cleanups.push(stop),
    onSeedProcess: (child) => (children.seed = child),
  });
  if (database.seedSeconds !== null) log(`Seeded in ${database.seedSeconds.toFixed(1)} s.`);
  log(`${database.name} on ${database.description}.`);

  const targets = await findPageTargets(database.url);

  step("Starting the storefront (production build)…");
  const storefront = await startStorefront(database.url);
  cleanups.push(() => storefront.stop());
  const idleRssBytes = readRss(storefront.pid);
  log(`Listening on ${storefront.url} (pid ${storefront.pid}).`);

  step("Loading the pages…");
  const hooks = { log, onLoad: (running: RunningLoad | null) => (load = running) };
  // The bare page first and last, so that a change in the machine's speed during the run shows. Its
  // server runs only while it is measured: once loaded, its collector would keep working on the
  // other core while the storefront is measured.
  const bareRemix = async (when: BaselineResult["when"]) => {
    const server = await startBaseline();
    cleanups.push(() => server.stop());
    try {
      return await measureBaseline(server, when, settings, hooks);
    } finally {
      await server.stop();
    }
  };
  const baseline: BaselineResult[] = [await bareRemix("before")];
  const pages: PageResult[] = [];
  for (const target of targets) pages.push(await measurePage(storefront, target, settings, hooks));
  baseline.push(await bareRemix("after"));

  step("Measuring the JavaScript of a product page…");
  const product = pages.find((page) => page.id === "product");
  let javascript: JavaScriptSize | null = null;
  let javascriptUnavailable: string | null = null;
  if (product?.load && product.path) {
    try {
      javascript = await measureJavaScript(`${storefront.url}${product.path}`);
    } catch (error) {
      javascriptUnavailable = oneLine(error);
    }
  } else {
    const why = product?.unavailable ?? "no product page";
    javascriptUnavailable = `the product page was not measured (${why})`;
  }
  log(javascriptUnavailable ? `Not available: ${javascriptUnavailable}.` : "Done.");

  const report: BenchReport = {
    date: new Date(),
    commit: gitCommit(),
    machine: machineInfo(),
    settings,
    catalogProducts: database.products,
    database: database.description,
    idleRssBytes,
    pages,
    baseline,
    javascript,
    javascriptUnavailable,
  };
  // Through the repository's Prettier settings, so that `pnpm format:check` accepts the file as written.
  const style = await prettier.resolveConfig(REPORT_PATH);
  await writeFile(
    REPORT_PATH,
    await prettier.format(renderMarkdown(report), { ...style, filepath: REPORT_PATH }),
  );
  console.log(`\n${renderSummary(report)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), REPORT_PATH) || REPORT_PATH}.`);
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`✖ ${oneLine(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  process.on("SIGINT", () => void interrupt("SIGINT", 130));
  process.on("SIGTERM", () => void interrupt("SIGTERM", 143));
  process.on("SIGHUP", () => void interrupt("SIGHUP", 129));
  try {
    await run(options);
  } catch (error) {
    // After Ctrl-C, the steps fail because their processes were stopped: that is no news.
    if (!interrupted) console.error(`\n✖ The benchmark failed: ${oneLine(error)}`);
    process.exitCode = 1;
  } finally {
    await stopEverything();
  }
  // autocannon and pg pools can keep handles open for a moment; the run is over.
  process.exit(process.exitCode ?? 0);
}

await main();
