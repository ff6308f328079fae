import { afterAll, beforeAll, inject } from "vitest";
import { dropDatabase } from "../admin-sql";
import { createDb, type Db } from "../client";
import { cloneTemplate } from "./template-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** Set by global-setup.ts: the server, the migrated template and this run's id. */
    comptoirDatabase: { serverUrl: string; template: string; runId: string };
  }
}

export interface TestDatabase {
  db: Db;
  url: string;
  name: string;
  /** How many SQL statements `work` sends through `db`. */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  drop(): Promise<void>;
}

/**
 * Gives the calling test file its own freshly migrated database on the server chosen by the
 * global setup (see global-setup.ts). Call `drop()` when done, or use `useTestDatabase()`.
 */
export async function createTestDatabase(label = "t"): Promise<TestDatabase> {
  const { serverUrl, template, runId } = inject("comptoirDatabase");
  const { name, url } = await cloneTemplate(serverUrl, template, `${runId}_${label}`);
  let queries = 0;
  const db = createDb(url, { poolMax: 5, onQuery: () => (queries += 1) });
  return {
    db,
    url,
    name,
    countQueries: async (work) => {
      const before = queries;
      await work();
      return queries - before;
    },
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** Registers beforeAll/afterAll hooks and returns accessors to this file's database. */
export function useTestDatabase(label?: string): Pick<TestDatabase, "db" | "url" | "countQueries"> {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(label);
  });
  afterAll(async () => {
    await database?.drop();
  });
  const current = () => {
    if (!database)
      throw new Error("The test database is created in beforeAll; use it inside tests or hooks.");
    return database;
  };
  return {
    get db() {
      return current().db;
    },
    get url() {
      return current().url;
    },
    countQueries: (work) => current().countQueries(work),
  };
}
