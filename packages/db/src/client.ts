import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { readDbEnv, requireDatabaseUrl } from "./env";

export type Db = PrismaClient;

/**
 * Prisma's defaults (2 s to get a connection, 5 s to finish) turn a burst of shoppers on a small pool
 * into errors: checkouts and cart changes queue on row locks and connections by design. Waiting a
 * little longer is the right answer; a transaction still never holds its locks for more than 20 s.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export interface CreateDbOptions {
  /** Maximum pool size; defaults to DATABASE_POOL_MAX (10). */
  poolMax?: number;
  /** Called with every SQL statement sent (tests count them to prove a page's query budget). */
  onQuery?: (sql: string) => void;
}

/**
 * A Prisma client talking to PostgreSQL through the pg driver adapter (no native engine).
 * Each call opens its own pool: create one per process (see getDb) or per test database.
 */
export function createDb(url: string, options: CreateDbOptions = {}): Db {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.poolMax ?? readDbEnv().DATABASE_POOL_MAX,
  });
  const pool = watchPool(adapter);
  if (!options.onQuery) {
    return withPool(new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }), pool);
  }
  const onQuery = options.onQuery;
  const client = new PrismaClient({
    adapter,
    transactionOptions: TRANSACTION_OPTIONS,
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => onQuery(event.query));
  return withPool(client as unknown as Db, pool);
}

function withPool(db: Db, pool: () => PgPoolCounts | undefined): Db {
  pools.set(db, pool);
  return db;
}

/** Connections of a client's pool: open, idle, and queries waiting for one. */
export interface DbPoolUsage {
  total: number;
  idle: number;
  waiting: number;
}

interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new WeakMap<Db, () => PgPoolCounts | undefined>();

/**
 * The adapter creates its pg pool when Prisma connects and owns it (it ends it on $disconnect): keep
 * a reference to it as it is created, for the metrics, without changing who closes it.
 */
function watchPool(adapter: PrismaPg): () => PgPoolCounts | undefined {
  let current: PgPoolCounts | undefined;
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connected = await connect();
    const driver = (connected as { underlyingDriver?: () => unknown }).underlyingDriver?.();
    if (driver && typeof (driver as PgPoolCounts).totalCount === "number") current = driver as PgPoolCounts;
    return connected;
  };
  return () => current;
}

/** The pool usage of a client made by createDb; undefined before its first query. */
export function poolUsageOf(db: Db): DbPoolUsage | undefined {
  const pool = pools.get(db)?.();
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : undefined;
}

interface SharedDb {
  /** DATABASE_URL as it was read, to tell cheaply whether it changed since. */
  rawUrl?: string;
  url: string;
  db: Db;
  poolUsage?: () => DbPoolUsage | undefined;
}

let shared: SharedDb | undefined;

/**
 * The process-wide client for DATABASE_URL. The apps' servers call this once per request; the pool is
 * created on first use and reused (also across hot reloads in development, where modules re-run).
 */
export function getDb(): Db {
  const globalCache = globalThis as { __comptoirDb?: SharedDb };
  shared ??= globalCache.__comptoirDb;
  // The common case, once per request: the same variable as last time, already validated.
  const rawUrl = process.env.DATABASE_URL;
  if (shared && rawUrl !== undefined && shared.rawUrl === rawUrl) return shared.db;
  const url = requireDatabaseUrl();
  if (!shared || shared.url !== url) {
    const db = createDb(url);
    // The app server (outside the Remix build's bundled copy) reads the pool's usage from here.
    shared = { rawUrl, url, db, poolUsage: () => poolUsageOf(db) };
    globalCache.__comptoirDb = shared;
  }
  shared.rawUrl = rawUrl;
  return shared.db;
}

/** Closes the shared pool (graceful shutdown). */
export async function disconnectSharedDb(): Promise<void> {
  if (!shared) return;
  const { db } = shared;
  shared = undefined;
  (globalThis as { __comptoirDb?: unknown }).__comptoirDb = undefined;
  await db.$disconnect();
}
