import pg from "pg";
import { describe, expect, it } from "vitest";
import { createJobQueue } from "./job-queue";
import { eventually, jobState, sleep, useQueues } from "./test-support";

describe("job queue lifecycle", () => {
  const fixture = useQueues();

  it("refuses to take a job before start and after stop", async () => {
    const database = await fixture.createDatabase();
    const queue = createJobQueue({ databaseUrl: database.url, onError: fixture.onError });
    await expect(queue.send("orders.reconcile-pending", {})).rejects.toThrow(/not running/);
    await queue.start();
    expect(await queue.send("orders.reconcile-pending", {})).toEqual(expect.any(String));
    await queue.stop();
    await expect(queue.send("orders.reconcile-pending", {})).rejects.toThrow(/not running/);
  });

  it("lets a running job finish on a graceful stop", async () => {
    const { queue, database } = await fixture.startQueue();
    let started = false;
    let finished = false;
    await queue.work("email.order-confirmation", async () => {
      started = true;
      await sleep(1_500);
      finished = true;
    });
    const id = await queue.send("email.order-confirmation", { orderId: "order-5" });
    await eventually(() => started);

    await queue.stop({ graceful: true, timeoutMs: 10_000 });
    expect(finished).toBe(true);
    expect(await jobState(database, id!)).toBe("completed");
  });

  it("hands a job that outlives the stop timeout back for a retry", async () => {
    const { queue, database } = await fixture.startQueue();
    let started = false;
    await queue.work("orders.reconcile-pending", async () => {
      started = true;
      await sleep(4_000);
    });
    const id = await queue.send("orders.reconcile-pending", {});
    await eventually(() => started);

    await queue.stop({ graceful: true, timeoutMs: 1_000 });
    expect(await jobState(database, id!)).toBe("retry");
  });

  it("stores cron schedules in the database, once per name", async () => {
    const { queue, database } = await fixture.startQueue();
    await queue.schedule("orders.release-expired-reservations", "* * * * *");
    await queue.schedule("orders.release-expired-reservations", "*/2 * * * *");
    await queue.schedule("orders.reconcile-pending", "*/15 * * * *", {}, { tz: "Europe/Paris" });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT name, cron, options->>'tz' AS tz FROM pgboss.schedule ORDER BY name",
      );
      expect(rows).toEqual([
        { name: "orders.reconcile-pending", cron: "*/15 * * * *", tz: "Europe/Paris" },
        { name: "orders.release-expired-reservations", cron: "*/2 * * * *", tz: "UTC" },
      ]);
    } finally {
      await client.end();
    }
    await queue.unschedule("orders.reconcile-pending");
  });
});
