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
  if (!options.onQuery) return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  const onQuery = options.onQuery;
  const client = new PrismaClient({
    adapter,
    transactionOptions: TRANSACTION_OPTIONS,
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => onQuery(event.query));
  return client as unknown as Db;
}

let shared: { url: string; db: Db } | undefined;

/**
 * The process-wide client for DATABASE_URL. The apps' servers call this once per request; the pool is
 * created on first use and reused (also across hot reloads in development, where modules re-run).
 */
export function getDb(): Db {
  const url = requireDatabaseUrl();
  const globalCache = globalThis as { __comptoirDb?: { url: string; db: Db } };
  shared ??= globalCache.__comptoirDb;
  if (!shared || shared.url !== url) {
    shared = { url, db: createDb(url) };
    globalCache.__comptoirDb = shared;
  }
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
