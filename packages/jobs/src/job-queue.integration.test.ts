import pg from "pg";
import { describe, expect, it } from "vitest";
import { eventually, sleep, useQueues } from "./test-support";

describe("job queue", () => {
  const fixture = useQueues();

  it("processes a job once, with its typed payload", async () => {
    const { queue } = await fixture.startQueue();
    const seen: string[] = [];
    await queue.work("email.order-confirmation", async (job) => {
      seen.push(job.data.orderId);
    });

    const id = await queue.send("email.order-confirmation", { orderId: "order-1" });
    expect(id).toEqual(expect.any(String));
    await eventually(
      async () => (await queue.getJob("email.order-confirmation", id!))?.state === "completed",
    );
    // Give the worker a few more polls: a second delivery would show up here.
    await sleep(1_500);
    expect(seen).toEqual(["order-1"]);
  });

  it("retries a failing handler until it succeeds", async () => {
    const { queue } = await fixture.startQueue();
    let attempts = 0;
    await queue.work("orders.reconcile-pending", async () => {
      attempts += 1;
      if (attempts < 3) throw new Error(`provider unreachable (attempt ${attempts})`);
    });

    const id = await queue.send("orders.reconcile-pending", {}, { retryDelay: 1, retryBackoff: false });
    const job = await eventually(async () => {
      const current = await queue.getJob("orders.reconcile-pending", id!);
      return current?.state === "completed" ? current : undefined;
    });
    expect(attempts).toBe(3);
    expect(job.retryCount).toBe(2);
  });

  it("retries with backoff by default, per the job's declared policy", async () => {
    const { queue } = await fixture.startQueue();
    const confirmation = await queue.send("email.order-confirmation", { orderId: "order-2" });
    const reconcile = await queue.send("orders.reconcile-pending", {});
    expect(await queue.getJob("email.order-confirmation", confirmation!)).toMatchObject({
      state: "created",
      retryLimit: 8,
      retryDelay: 30,
      retryBackoff: true,
      singletonKey: "order-2",
    });
    expect(await queue.getJob("orders.reconcile-pending", reconcile!)).toMatchObject({
      retryLimit: 5,
      retryDelay: 10,
      retryBackoff: true,
    });
  });

  it("keeps a failed job's error and stops after its retry limit", async () => {
    const { queue } = await fixture.startQueue();
    await queue.work("orders.release-expired-reservations", async () => {
      throw new Error("always broken");
    });
    const id = await queue.send("orders.release-expired-reservations", {}, { retryLimit: 1, retryDelay: 1 });
    const job = await eventually(async () => {
      const current = await queue.getJob("orders.release-expired-reservations", id!);
      return current?.state === "failed" ? current : undefined;
    });
    expect(job.retryCount).toBe(1);
    expect(job.output).toMatchObject({ message: "always broken" });
  });

  it("de-duplicates a job sent twice with the same singleton key", async () => {
    const { queue } = await fixture.startQueue();
    const first = await queue.send("email.order-confirmation", { orderId: "order-3" });
    const again = await queue.send("email.order-confirmation", { orderId: "order-3" });
    const other = await queue.send("email.order-confirmation", { orderId: "order-4" });
    const explicit = await queue.send("orders.reconcile-pending", {}, { singletonKey: "nightly" });
    const explicitAgain = await queue.send("orders.reconcile-pending", {}, { singletonKey: "nightly" });
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    expect(other).toEqual(expect.any(String));
    expect(explicit).toEqual(expect.any(String));
    expect(explicitAgain).toBeNull();

    const seen: string[] = [];
    await queue.work("email.order-confirmation", async (job) => {
      seen.push(job.data.orderId);
    });
    await eventually(
      async () => (await queue.getJob("email.order-confirmation", other!))?.state === "completed",
    );
    await eventually(
      async () => (await queue.getJob("email.order-confirmation", first!))?.state === "completed",
    );
    expect(seen.sort()).toEqual(["order-3", "order-4"]);
  });

  it("sends a job inside the caller's transaction: it exists only if the transaction commits", async () => {
    const { queue, database } = await fixture.startQueue();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
    try {
      await client.query("BEGIN");
      const rolledBack = await queue.send("email.order-confirmation", { orderId: "order-6" }, { db });
      await client.query("ROLLBACK");
      expect(await queue.getJob("email.order-confirmation", rolledBack!)).toBeNull();

      await client.query("BEGIN");
      const committed = await queue.send("email.order-confirmation", { orderId: "order-6" }, { db });
      // Not visible to the queue's own connections until the commit.
      expect(await queue.getJob("email.order-confirmation", committed!)).toBeNull();
      await client.query("COMMIT");
      expect(await queue.getJob("email.order-confirmation", committed!)).toMatchObject({ state: "created" });
    } finally {
      await client.end();
    }
  });

  it("fails only the failing job of a batch", async () => {
    const { queue } = await fixture.startQueue();
    const ids = await Promise.all(
      ["a", "b", "c"].map((orderId) =>
        queue.send("email.order-confirmation", { orderId }, { retryLimit: 0 }),
      ),
    );
    const calls: string[] = [];
    await queue.work(
      "email.order-confirmation",
      async (job) => {
        calls.push(job.data.orderId);
        if (job.data.orderId === "b") throw new Error("mail server said no");
      },
      { batchSize: 3 },
    );
    const states = await eventually(async () => {
      const jobs = await Promise.all(ids.map((id) => queue.getJob("email.order-confirmation", id!)));
      const current = jobs.map((job) => job?.state);
      return current.every((state) => state === "completed" || state === "failed") ? current : undefined;
    });
    expect(states).toEqual(["completed", "failed", "completed"]);
    expect(calls.sort()).toEqual(["a", "b", "c"]);
  });

  it("refuses a payload that does not match the job's declared shape", async () => {
    const { queue } = await fixture.startQueue();
    await expect(queue.send("email.order-confirmation", { orderId: "" })).rejects.toThrow(
      'Invalid payload for job "email.order-confirmation"',
    );
    await expect(queue.schedule("email.order-confirmation", "* * * * *")).rejects.toThrow(/Invalid payload/);
  });
});
