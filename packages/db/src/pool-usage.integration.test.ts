// The pool usage the metrics read: the adapter's own pg pool, found without changing who closes it.
import { afterAll, describe, expect, it, vi } from "vitest";
import { createDb, poolUsageOf } from "./client";
import { useTestDatabase } from "./testing";

describe("poolUsageOf", () => {
  const database = useTestDatabase("pool_usage");
  let db: ReturnType<typeof createDb> | undefined;
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("reports the pool's connections and the queries waiting for one", async () => {
    db = createDb(database.url, { poolMax: 1 });
    expect(poolUsageOf(db)).toBeUndefined();
    const client = db;
    // Prisma's queries start when awaited: Promise.all sends the three at once.
    const sleeping = Promise.all([1, 2, 3].map(() => client.$queryRaw`SELECT pg_sleep(1)::text AS slept`));
    // Connecting takes a moment (longer on a busy machine): wait for the first query to hold it.
    await vi.waitFor(() => expect(poolUsageOf(client)).toMatchObject({ total: 1, idle: 0 }), {
      timeout: 900,
    });
    expect(poolUsageOf(client)?.waiting).toBeGreaterThanOrEqual(1);
    await sleeping;
    expect(poolUsageOf(client)).toEqual({ total: 1, idle: 1, waiting: 0 });
  });
});
