// The benchmark's database: migrated, seeded with the demo data and the large catalog, and kept on
// the server between runs (seeding takes close to a minute, a check takes milliseconds).
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createDb } from "@comptoir/db";
import { repoRoot } from "@comptoir/db/embedded";
import { migrationsChecksum } from "@comptoir/db/migrations";
import {
  dropDatabase,
  ensureMigratedTemplate,
  ensureTemplate,
  provideTestServer,
} from "@comptoir/db/testing/server";
import { seedChecksum } from "../seed-checksum";
import { runToEnd } from "./child-run";

const require = createRequire(import.meta.url);

/** Written once the seed has run: which seed the data comes from. */
const BENCH_SEED_SETTING = "bench.seed";

export interface BenchDatabase {
  url: string;
  name: string;
  /** Products in the catalog. */
  products: number;
  /** Seconds spent seeding during this run; null when the database was reused as it was. */
  seedSeconds: number | null;
  /** For the report: "embedded PostgreSQL 18.0 (throw-away cluster)", "PostgreSQL 16.4 at host:5432". */
  description: string;
}

export interface PrepareOptions {
  products: number;
  fresh: boolean;
  log: (line: string) => void;
  /**
   * Receives, as soon as there is one, what stops the PostgreSQL this run started (an embedded
   * one; a database on a configured server is kept), so that a failure or Ctrl-C stops it too.
   */
  onServer: (stop: () => Promise<void>) => void;
  /** Receives the seed's process while it runs, so that an interruption can stop it. */
  onSeedProcess?: (child: ChildProcess | null) => void;
}

function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

interface DatabaseState {
  /** The checksum of the seed that filled it; null until a seed has completed. */
  seed: string | null;
  products: number;
  /** PostgreSQL's version, for the report. */
  version: string;
}

/** What the seed has left in the database: a run cut short leaves less, and the seed resumes it. */
async function inspect(url: string): Promise<DatabaseState> {
  const db = createDb(url, { poolMax: 1 });
  try {
    const [seed, products, version] = await Promise.all([
      db.setting.findUnique({ where: { key: BENCH_SEED_SETTING }, select: { value: true } }),
      db.product.count(),
      db.$queryRawUnsafe<{ server_version: string }[]>("SHOW server_version"),
    ]);
    const checksum = (seed?.value as { checksum?: unknown } | undefined)?.checksum;
    return {
      seed: typeof checksum === "string" ? checksum : null,
      products,
      version: version[0]?.server_version.split(" ")[0] ?? "?",
    };
  } finally {
    await db.$disconnect();
  }
}

async function recordSeed(url: string, checksum: string, products: number): Promise<void> {
  const db = createDb(url, { poolMax: 1 });
  try {
    const value = { checksum, products, seededAt: new Date().toISOString() };
    await db.setting.upsert({
      where: { key: BENCH_SEED_SETTING },
      create: { key: BENCH_SEED_SETTING, value },
      update: { value },
    });
  } finally {
    await db.$disconnect();
  }
}

/** `tsx prisma/seed.ts --large <products>`: the demo data, then the large catalog. */
function runSeed(url: string, products: number, onProcess?: PrepareOptions["onSeedProcess"]): Promise<void> {
  return runToEnd({
    args: [require.resolve("tsx/cli"), path.join(repoRoot, "prisma", "seed.ts"), "--large", String(products)],
    // Production leaves the demo staff account out: the benchmark logs nobody in.
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    onProcess,
    failure: (code, signal) =>
      `The seed ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}.`,
  });
}

export async function prepareBenchDatabase(options: PrepareOptions): Promise<BenchDatabase> {
  const { log } = options;
  const server = await provideTestServer();
  options.onServer(() => server.stop());
  const name = `comptoir_bench_${migrationsChecksum()}`;
  const url = withDatabaseName(server.serverUrl, name);
  const seed = seedChecksum();
  // Created once per server as a copy of the migrated template; seeding happens below, so that a
  // seed cut short is resumed by the next run rather than leaving a database that looks complete.
  const migrated = await ensureMigratedTemplate(server.serverUrl);
  await ensureTemplate(server.serverUrl, name, async () => undefined, migrated);
  let state = await inspect(url);

  const stale = state.seed !== null && state.seed !== seed;
  if (options.fresh || stale) {
    log(`Dropping ${name} (${options.fresh ? "--fresh" : "the seed changed since it was built"})…`);
    await dropDatabase(server.serverUrl, name);
    await ensureTemplate(server.serverUrl, name, async () => undefined, migrated);
    state = await inspect(url);
  }

  let seedSeconds: number | null = null;
  if (state.seed !== seed || state.products < options.products) {
    log(
      state.products === 0
        ? `Seeding ${name}: demo data, then ${options.products.toLocaleString("en-US")} products…`
        : `Completing ${name} (${state.products.toLocaleString("en-US")} products so far)…`,
    );
    const started = performance.now();
    await runSeed(url, options.products, options.onSeedProcess);
    seedSeconds = (performance.now() - started) / 1000;
    state = await inspect(url);
    if (state.products < options.products) {
      throw new Error(`The seed left ${state.products} products in ${name}, not ${options.products}.`);
    }
    await recordSeed(url, seed, state.products);
  } else {
    log(`Reusing ${name}: ${state.products.toLocaleString("en-US")} products (--fresh rebuilds it).`);
  }
  const where = new URL(server.serverUrl);
  return {
    url,
    name,
    products: state.products,
    seedSeconds,
    description: server.embedded
      ? `embedded PostgreSQL ${state.version} (a throw-away cluster on the same machine)`
      : `PostgreSQL ${state.version} at ${where.hostname}:${where.port || 5432}`,
  };
}
