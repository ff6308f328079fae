import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Seconds of measured load per page. */
  durationSeconds: number;
  /** Concurrent connections of the measured load. */
  connections: number;
  /** Seconds of warm-up load per page before measuring (0 to skip). */
  warmupSeconds: number;
  /** Drop and rebuild the benchmark database even when it exists. */
  fresh: boolean;
  help: boolean;
}

export const DEFAULT_OPTIONS: Omit<BenchOptions, "fresh" | "help"> = {
  durationSeconds: 15,
  connections: 50,
  warmupSeconds: 5,
};

/** Connections of the warm-up: enough to fill caches and JIT the hot paths, without queueing. */
export const WARMUP_CONNECTIONS = 10;

/** Products in the benchmark catalog, demo products included. */
export const CATALOG_PRODUCTS = 10_000;

const catalog = CATALOG_PRODUCTS.toLocaleString("en-US");
const { durationSeconds, connections, warmupSeconds } = DEFAULT_OPTIONS;
const warmupHelp =
  `warm-up per page at ${WARMUP_CONNECTIONS} connections, ` + `0 skips it (default ${warmupSeconds})`;

export const USAGE = `Usage: pnpm bench:storefront [options]

Builds the storefront, seeds a ${catalog}-product catalog (once), loads the home,
a category page and a product page, and writes docs/performance.md.

Options:
  --duration <seconds>    measured load per page (default ${durationSeconds})
  --connections <count>   concurrent connections (default ${connections})
  --warmup <seconds>      ${warmupHelp}
  --fresh                 rebuild the benchmark database
  --help                  show this help`;

function positiveInteger(
  name: string,
  text: string | undefined,
  fallback: number,
  allowZero = false,
): number {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || (!allowZero && value === 0)) {
    throw new Error(`--${name} needs a whole number${allowZero ? "" : " above 0"} (got "${text}").`);
  }
  return value;
}

/** Reads the command line; throws a one-line message on anything unknown or malformed. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      duration: { type: "string" },
      connections: { type: "string" },
      warmup: { type: "string" },
      fresh: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  return {
    durationSeconds: positiveInteger("duration", values.duration, DEFAULT_OPTIONS.durationSeconds),
    connections: positiveInteger("connections", values.connections, DEFAULT_OPTIONS.connections),
    warmupSeconds: positiveInteger("warmup", values.warmup, DEFAULT_OPTIONS.warmupSeconds, true),
    fresh: values.fresh,
    help: values.help,
  };
}
