// `pnpm --filter @comptoir/worker start`: runs the background jobs until SIGTERM/SIGINT, then stops
// gracefully and exits 0: no new job is taken, running jobs finish within SHUTDOWN_TIMEOUT_MS (or go
// back to the queue at the deadline, for another worker), and the database pool is closed.
import "./configuration";
import { disconnectSharedDb, getDb, requireDatabaseUrl } from "@comptoir/db";
import { createLogger } from "@comptoir/observability";
import { readRuntimeEnv } from "@comptoir/server/probes";
import { keepWebAssemblyOnBaselineCompiler } from "@comptoir/server/wasm-compilation";
import { readWorkerEnv } from "./env";
import { startWorkerProbes } from "./probes";
import { startWorker } from "./worker";

async function main(): Promise<void> {
  // Before the first query: the app servers' setting, for the same memory (wasm-compilation.js).
  keepWebAssemblyOnBaselineCompiler();
  const runtime = readRuntimeEnv();
  const logger = createLogger({ name: "worker" });
  const databaseUrl = requireDatabaseUrl();
  // Probes first: a taken port stops the worker before it takes any job.
  const probes = await startWorkerProbes({
    databaseUrl,
    redisUrl: runtime.REDIS_URL,
    port: runtime.WORKER_HEALTH_PORT,
    metrics: { nodeEnv: runtime.NODE_ENV, token: runtime.METRICS_TOKEN },
  });
  const worker = await startWorker({ db: getDb(), databaseUrl, env: readWorkerEnv() });
  // The line the dev launcher and the end-to-end stack wait for (structured logs may be silent there).
  console.warn("worker started: order and account emails, payment reconciliation, expired reservations");
  logger.info({ healthPort: probes.port }, "worker started");
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    probes.markStopping();
    logger.info({ signal }, "worker stopping: running jobs finish, no new job is taken");
    worker
      .stop({ timeoutMs: runtime.SHUTDOWN_TIMEOUT_MS })
      .then(() => Promise.all([disconnectSharedDb(), probes.close()]))
      .then(
        () => {
          logger.info("worker stopped");
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ error }, "worker: unclean stop");
          process.exit(1);
        },
      );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(`✖ worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
