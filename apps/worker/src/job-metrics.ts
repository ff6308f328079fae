// The worker's metrics: every job's outcome and duration by queue, and at scrape time the number of
// jobs waiting in each queue (a growing backlog means the worker is down, stuck or too slow).
import { poolUsageOf, type Db } from "@comptoir/db";
import { JOB_NAMES, JOB_QUEUE_SCHEMA, type JobHandler, type JobName } from "@comptoir/jobs";
import { getMetrics, setDbPoolSource, setQueueDepthSource } from "@comptoir/observability";

/** `handler`, counting each run as completed or failed (a failed run is retried by the queue). */
export function measuredJob<N extends JobName>(name: N, handler: JobHandler<N>): JobHandler<N> {
  return async (job) => {
    const metrics = getMetrics();
    const started = performance.now();
    try {
      await handler(job);
      metrics.jobsProcessed.inc({ queue: name, outcome: "completed" });
    } catch (error) {
      metrics.jobsProcessed.inc({ queue: name, outcome: "failed" });
      throw error;
    } finally {
      metrics.jobDuration.observe({ queue: name }, (performance.now() - started) / 1000);
    }
  };
}

/** Jobs waiting (created, or failed and due for a retry) per queue, read from the queue's tables. */
export async function waitingJobs(db: Db): Promise<Record<string, number>> {
  const rows = await db.$queryRawUnsafe<{ name: string; waiting: bigint }[]>(
    `SELECT name, count(*) AS waiting FROM "${JOB_QUEUE_SCHEMA}".job
      WHERE state IN ('created', 'retry') GROUP BY name`,
  );
  // Every declared queue is reported, 0 when empty: a series that vanishes would hide a backlog alert.
  const depths: Record<string, number> = Object.fromEntries(JOB_NAMES.map((name) => [name, 0]));
  for (const row of rows) if (row.name in depths) depths[row.name] = Number(row.waiting);
  return depths;
}

/** Makes scrapes report the queue depths read from `db`, and the usage of its pool. */
export function reportQueueDepths(db: Db): void {
  setQueueDepthSource(() => waitingJobs(db));
  setDbPoolSource(() => poolUsageOf(db));
}
