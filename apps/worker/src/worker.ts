// The worker: one process that runs the job queue's handlers. Any number of workers can run side by
// side (pg-boss hands each job to one of them); the schedule is kept once in the database.
import { transactionalJobSender } from "@comptoir/api/jobs";
import { media } from "@comptoir/core";
import type { Db } from "@comptoir/db";
import { createMailer, type Mailer } from "@comptoir/email";
import { createJobQueue, type JobQueue } from "@comptoir/jobs";
import { createStripe, type Stripe } from "@comptoir/payments";
import { getMetrics } from "@comptoir/observability";
import type { WorkerEnv } from "./env";
import { measuredJob, reportQueueDepths } from "./job-metrics";
import { reconcileOrders } from "./jobs/reconcile-orders";
import { sendAccountEmail } from "./jobs/send-account-email";
import { sendOrderConfirmation } from "./jobs/send-order-confirmation";
import { sendOrderShipped } from "./jobs/send-order-shipped";
import { sendStaffInvitation } from "./jobs/send-staff-invitation";
import { importCatalog } from "./jobs/import-catalog";

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
    measuredJob("email.order-confirmation", async (job) => {
      await sendOrderConfirmation(db, mailer, { orderId: job.data.orderId, publicUrl: env.PUBLIC_URL });
    }),
    { batchSize: env.EMAIL_CONCURRENCY },
  );
  await queue.work(
    "email.order-shipped",
    measuredJob("email.order-shipped", async (job) => {
      await sendOrderShipped(db, mailer, { orderId: job.data.orderId, publicUrl: env.PUBLIC_URL });
    }),
    { batchSize: env.EMAIL_CONCURRENCY },
  );
  await queue.work(
    "email.account",
    measuredJob("email.account", async (job) => {
      await sendAccountEmail(db, mailer, { job: job.data, publicUrl: env.PUBLIC_URL });
    }),
    { batchSize: env.EMAIL_CONCURRENCY },
  );
  await queue.work(
    "email.staff-invitation",
    measuredJob("email.staff-invitation", async (job) => {
      await sendStaffInvitation(db, mailer, { job: job.data });
    }),
    { batchSize: env.EMAIL_CONCURRENCY },
  );
  // A large import holds one connection for a while: one at a time per worker.
  await queue.work(
    "catalog.import",
    measuredJob("catalog.import", async (job) => {
      await importCatalog(db, job.data.importId);
    }),
  );
  await queue.work(
    "media.add-renditions",
    measuredJob("media.add-renditions", async () => {
      await media.addMissingRenditions(db);
    }),
  );
  // Pictures stored before smaller copies existed get them in the background after an upgrade.
  await queue.send("media.add-renditions", {});
  const reconcile = async () => {
    const report = await reconcileOrders(db, { stripe, effects });
    // Payments whose webhook never came are confirmed here: they count as orders paid too.
    if (report.paid > 0) getMetrics().ordersPaid.inc(report.paid);
  };
  await queue.work("orders.reconcile-pending", measuredJob("orders.reconcile-pending", reconcile));
  await queue.work(
    "orders.release-expired-reservations",
    measuredJob("orders.release-expired-reservations", reconcile),
  );
  await queue.schedule("orders.reconcile-pending", env.RECONCILE_CRON, {});
  reportQueueDepths(db);

  return {
    queue,
    async stop({ timeoutMs = 30_000 } = {}) {
      // Running jobs finish (or go back to the queue at the deadline); nothing is lost.
      await queue.stop({ graceful: true, timeoutMs });
      mailer.close();
    },
  };
}
