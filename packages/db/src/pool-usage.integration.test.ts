// The pool usage the metrics read: the adapter's own pg pool, found without changing who closes it.
import { afterAll, describe, expect, it } from "vitest";
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
    const sleeping = Promise.all([1, 2, 3].map(() => client.$queryRaw`SELECT pg_sleep(0.3)::text AS slept`));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(poolUsageOf(client)).toMatchObject({ total: 1, idle: 0 });
    expect(poolUsageOf(client)?.waiting).toBeGreaterThanOrEqual(1);
    await sleeping;
    expect(poolUsageOf(client)).toEqual({ total: 1, idle: 1, waiting: 0 });
  });
});
