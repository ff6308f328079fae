// Shared by the queue's integration tests: a queue on a fresh database per test, torn down after it.
import { createTestDatabase, type TestDatabase } from "@comptoir/db/testing";
import pg from "pg";
import { afterEach, expect } from "vitest";
import { createJobQueue, type JobQueue } from "./job-queue";

export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A job's state read on a connection of its own (the queue's may be closed). */
export async function jobState(database: TestDatabase, id: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ state: string }>("SELECT state FROM pgboss.job WHERE id = $1", [
      id,
    ]);
    return rows[0]?.state;
  } finally {
    await client.end();
  }
}

/**
 * Registers the clean-up and returns `startQueue`: each test gets its own database, so queues and
 * schedules never leak between tests, and a test fails if the queue reported an error.
 */
export function useQueues() {
  const databases: TestDatabase[] = [];
  const queues: JobQueue[] = [];
  const errors: Error[] = [];

  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.stop({ graceful: false })));
    await Promise.all(databases.splice(0).map((database) => database.drop()));
    expect(errors.splice(0)).toEqual([]);
  });

  const onError = (error: Error) => {
    errors.push(error);
  };
  const createDatabase = async (): Promise<TestDatabase> => {
    const database = await createTestDatabase("jobs");
    databases.push(database);
    return database;
  };
  const startQueue = async (): Promise<{ queue: JobQueue; database: TestDatabase }> => {
    const database = await createDatabase();
    const queue = createJobQueue({ databaseUrl: database.url, pollingIntervalSeconds: 0.5, onError });
    queues.push(queue);
    await queue.start();
    return { queue, database };
  };
  return { createDatabase, startQueue, onError };
}
