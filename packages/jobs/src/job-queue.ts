// A thin typed layer over pg-boss: job names and payloads come from job-types.ts, queues are
// created with their policy and retry defaults on start, and handlers see one job at a time.
import PgBoss from "pg-boss";
import type { z } from "zod";
import {
  DEFAULT_RETRY,
  JOB_NAMES,
  jobTypes,
  type JobData,
  type JobName,
  type QueuePolicy,
  type RetryPolicy,
} from "./job-types";

/** pg-boss keeps its tables in this schema, apart from the application's. */
export const JOB_QUEUE_SCHEMA = "pgboss";

export interface JobQueueOptions {
  /** The application's PostgreSQL database; the queue's tables live in its `pgboss` schema. */
  databaseUrl: string;
  /** How often an idle worker polls for jobs, in seconds (at least 0.5; default 2). */
  pollingIntervalSeconds?: number;
  /** Size of the queue's own connection pool (default 5). */
  maxConnections?: number;
  /** Errors of the queue itself (lost connection, failed maintenance); default: console.error. */
  onError?: (error: Error) => void;
}

/** Runs SQL on the caller's connection (pg-boss's `Db` interface), e.g. inside its transaction. */
export interface JobSqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface SendOptions {
  /**
   * Inserts the job through this executor instead of the queue's pool: given the caller's open
   * transaction, the job exists if and only if that transaction commits (no lost or phantom job).
   */
  db?: JobSqlExecutor;
  /** Two sends with the same key while the first still waits make one job (see QueuePolicy). */
  singletonKey?: string;
  retryLimit?: number;
  /** Seconds before the first retry. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** When the job may run at the earliest: a date, or a number of seconds from now. */
  startAfter?: Date | number;
}

export interface Job<N extends JobName> {
  id: string;
  name: N;
  data: JobData<N>;
}

/**
 * Does the work of one job. A job can run more than once (a retry after a crash, a stop that
 * timed out, a duplicate send), so a handler must be idempotent: check whether its effect already
 * happened (e.g. an order event) before doing it, and make that check and the effect atomic.
 * Throwing fails the job, which is then retried with backoff until its retry limit.
 */
export type JobHandler<N extends JobName> = (job: Job<N>) => Promise<void>;

export interface WorkOptions {
  /** How many jobs this worker fetches at once and runs concurrently (default 1). */
  batchSize?: number;
}

export interface StopOptions {
  /** Let running jobs finish (default true); otherwise they are failed, and so retried. */
  graceful?: boolean;
  /** How long a graceful stop waits for running jobs before failing them (default 30 s). */
  timeoutMs?: number;
}

export interface JobInfo {
  id: string;
  name: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  retryCount: number;
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  singletonKey: string | null;
  startAfter: Date;
  completedOn: Date | null;
  /** What the last failure recorded ({ message, ... }), or the handler's result. */
  output: unknown;
}

export interface JobQueue {
  /** Connects, installs or migrates the queue's schema, creates the declared queues. */
  start(): Promise<void>;
  stop(options?: StopOptions): Promise<void>;
  /** Queues a job; resolves to its id, or null when a waiting job with the same key already exists. */
  send<N extends JobName>(name: N, data: JobData<N>, options?: SendOptions): Promise<string | null>;
  /** Starts a worker for a queue; resolves to the worker's id. */
  work<N extends JobName>(name: N, handler: JobHandler<N>, options?: WorkOptions): Promise<string>;
  /**
   * Sends the job on a cron schedule (UTC unless tz is given). Stored in the database, so every
   * process may declare it: the job is sent once per tick whatever the number of processes.
   */
  schedule<N extends JobName>(
    name: N,
    cron: string,
    data?: JobData<N>,
    options?: { tz?: string },
  ): Promise<void>;
  unschedule(name: JobName): Promise<void>;
  /** A job's state, from the live table or the archive; null when unknown or purged. */
  getJob(name: JobName, id: string): Promise<JobInfo | null>;
}

interface Definition {
  payload: z.ZodType;
  policy: QueuePolicy;
  singletonKey?: (data: never) => string;
  retry?: Partial<RetryPolicy>;
}

function definitionOf(name: JobName): Definition {
  return jobTypes[name] as Definition;
}

function parsePayload(name: JobName, data: unknown): unknown {
  const result = definitionOf(name).payload.safeParse(data);
  // The payload itself stays out of the message: it may hold personal data.
  if (!result.success) throw new Error(`Invalid payload for job "${name}"`);
  return result.data;
}

function failureOutput(error: unknown): object {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { message: String(error) };
}

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    application_name: "comptoir-jobs",
    max: options.maxConnections ?? 5,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
    ...DEFAULT_RETRY,
  });
  const report = options.onError ?? ((error: Error) => console.error(`[jobs] ${error.message}`));
  // Once stopped, the pool's connections are only closing: the server ending them (a restart, a
  // dropped database) concerns nobody.
  let stopped = false;
  // pg-boss is an EventEmitter: an "error" without a listener would crash the process.
  boss.on("error", (error) => {
    if (!stopped) report(error);
  });

  // pg-boss quietly does nothing with a job sent before start or after stop: say so instead.
  let running = false;
  const ready = () => {
    if (!running)
      throw new Error("The job queue is not running: start() it first (a stopped queue takes no job)");
  };

  return {
    async start() {
      stopped = false;
      await boss.start();
      for (const name of JOB_NAMES) {
        const { policy, retry } = definitionOf(name);
        const settings = { name, policy, ...DEFAULT_RETRY, ...retry };
        await boss.createQueue(name, settings);
        // createQueue leaves an existing queue alone: bring its defaults in line with the code.
        await boss.updateQueue(name, settings);
      }
      running = true;
    },

    async stop({ graceful = true, timeoutMs = 30_000 } = {}) {
      running = false;
      await boss.stop({ graceful, timeout: timeoutMs, wait: true, close: true });
      stopped = true;
    },

    async send(name, data, sendOptions = {}) {
      ready();
      const payload = parsePayload(name, data) as JobData<typeof name>;
      const { singletonKey, startAfter, ...rest } = sendOptions;
      const derivedKey = definitionOf(name).singletonKey as ((data: unknown) => string) | undefined;
      return boss.send(name, payload, {
        ...rest,
        singletonKey: singletonKey ?? derivedKey?.(payload),
        startAfter,
      });
    },

    async work(name, handler, { batchSize = 1 } = {}) {
      ready();
      return boss.work(name, { batchSize }, async (jobs) => {
        // Each job succeeds or fails on its own: one bad job must not make its batch run again.
        // Jobs failed here are no longer active, so pg-boss's completion of the batch skips them.
        await Promise.all(
          jobs.map(async (job) => {
            try {
              const data = parsePayload(name, job.data) as JobData<typeof name>;
              await handler({ id: job.id, name, data });
            } catch (error) {
              await boss.fail(name, job.id, failureOutput(error));
            }
          }),
        );
      });
    },

    async schedule(name, cron, data, scheduleOptions = {}) {
      ready();
      const payload = parsePayload(name, data ?? {}) as object;
      await boss.schedule(name, cron, payload, { tz: scheduleOptions.tz ?? "UTC" });
    },

    async unschedule(name) {
      ready();
      await boss.unschedule(name);
    },

    async getJob(name, id) {
      ready();
      const job = await boss.getJobById<unknown>(name, id, { includeArchive: true });
      if (!job) return null;
      return {
        id: job.id,
        name: job.name,
        state: job.state,
        retryCount: job.retryCount,
        retryLimit: job.retryLimit,
        retryDelay: job.retryDelay,
        retryBackoff: job.retryBackoff,
        singletonKey: job.singletonKey,
        startAfter: job.startAfter,
        completedOn: job.completedOn,
        output: job.output,
      };
    },
  };
}
