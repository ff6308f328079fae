// The worker's metrics on its probe port: job outcomes by queue, and queue depths read from the
// queue's tables at scrape time.
import { useTestDatabase } from "@comptoir/db/testing";
import { createJobQueue, type JobQueue } from "@comptoir/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measuredJob, reportQueueDepths, waitingJobs } from "./job-metrics";
import { startWorkerProbes, type WorkerProbes } from "./probes";

describe("worker metrics", () => {
  const database = useTestDatabase("worker_metrics");
  let queue: JobQueue;
  let probes: WorkerProbes;

  beforeAll(async () => {
    queue = createJobQueue({ databaseUrl: database.url });
    await queue.start();
    probes = await startWorkerProbes({
      databaseUrl: database.url,
      redisUrl: undefined,
      port: 0,
      metrics: { nodeEnv: "production", token: undefined },
    });
  });
  afterAll(async () => {
    await probes?.close();
    await queue?.stop({ graceful: false, timeoutMs: 1_000 });
  });

  const scrape = async (headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${probes.port}/metrics`, { headers });

  it("counts each job run as completed or failed, with its duration", async () => {
    const job = { id: "job-1", name: "email.account" as const, data: {} as never };
    await measuredJob("email.account", async () => undefined)(job);
    const failing = measuredJob("email.account", async () => {
      throw new Error("SMTP down");
    });
    await expect(failing(job)).rejects.toThrow("SMTP down");
    await expect(failing(job)).rejects.toThrow("SMTP down");
    const body = await (await scrape()).text();
    expect(body).toContain('comptoir_jobs_processed_total{queue="email.account",outcome="completed"} 1');
    expect(body).toContain('comptoir_jobs_processed_total{queue="email.account",outcome="failed"} 2');
    expect(body).toContain('comptoir_job_duration_seconds_count{queue="email.account"} 3');
  });

  it("reports the jobs waiting in every declared queue, 0 when empty", async () => {
    expect(await waitingJobs(database.db)).toMatchObject({
      "orders.reconcile-pending": 0,
      "email.account": 0,
    });
    await queue.send("orders.reconcile-pending", {});
    reportQueueDepths(database.db);
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    expect(body).toContain('comptoir_job_queue_depth{queue="orders.reconcile-pending"} 1');
    expect(body).toContain('comptoir_job_queue_depth{queue="email.account"} 0');
    // The test database's pool has run queries by now: its connections are reported.
    expect(body).toMatch(/comptoir_db_pool_connections\{state="total"\} [1-9]/);
    expect(body).toContain('comptoir_db_pool_connections{state="waiting"} 0');
  });

  it("asks for the token on the probe port once METRICS_TOKEN is set", async () => {
    const guarded = await startWorkerProbes({
      databaseUrl: database.url,
      redisUrl: undefined,
      port: 0,
      metrics: { nodeEnv: "production", token: "scrape-token" },
    });
    try {
      const url = `http://127.0.0.1:${guarded.port}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { Authorization: "Bearer scrape-token" } })).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${guarded.port}/healthz`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
