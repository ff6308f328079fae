// The worker: one process that runs the job queue's handlers. Any number of workers can run side by
// side (pg-boss hands each job to one of them); the schedule is kept once in the database.
import { transactionalJobSender } from "@comptoir/api/jobs";
import type { Db } from "@comptoir/db";
import { createMailer, type Mailer } from "@comptoir/email";
import { createJobQueue, type JobQueue } from "@comptoir/jobs";
import { createStripe, type Stripe } from "@comptoir/payments";
import type { WorkerEnv } from "./env";
import { reconcileOrders } from "./jobs/reconcile-orders";
import { sendAccountEmail } from "./jobs/send-account-email";
import { sendOrderConfirmation } from "./jobs/send-order-confirmation";

export interface Worker {
  queue: JobQueue;
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

export interface WorkerDeps {
  db: Db;
  databaseUrl: string;
  env: WorkerEnv;
  mailer?: Mailer;
  stripe?: Stripe;
  /** How often an idle worker looks for jobs (tests use a short one). */
  pollingIntervalSeconds?: number;
}

export async function startWorker(deps: WorkerDeps): Promise<Worker> {
  const { db, env } = deps;
  const queue = createJobQueue({
    databaseUrl: deps.databaseUrl,
    pollingIntervalSeconds: deps.pollingIntervalSeconds,
  });
  await queue.start();
  const mailer = deps.mailer ?? createMailer();
  const stripe = deps.stripe ?? createStripe();
  const effects = { jobs: transactionalJobSender(queue) };

  await queue.work(
    "email.order-confirmation",
    async (job) => {
      await sendOrderConfirmation(db, mailer, { orderId: job.data.orderId, publicUrl: env.PUBLIC_URL });
    },
    { batchSize: env.EMAIL_CONCURRENCY },
  );
  await queue.work(
    "email.account",
    async (job) => {
      await sendAccountEmail(db, mailer, { job: job.data, publicUrl: env.PUBLIC_URL });
    },
    { batchSize: env.EMAIL_CONCURRENCY },
  );
  const reconcile = async () => {
    await reconcileOrders(db, { stripe, effects });
  };
  await queue.work("orders.reconcile-pending", reconcile);
  await queue.work("orders.release-expired-reservations", reconcile);
  await queue.schedule("orders.reconcile-pending", env.RECONCILE_CRON, {});

  return {
    queue,
    async stop({ timeoutMs = 30_000 } = {}) {
      // Running jobs finish (or go back to the queue at the deadline); nothing is lost.
      await queue.stop({ graceful: true, timeoutMs });
      mailer.close();
    },
  };
}
