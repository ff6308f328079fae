// `pnpm --filter @comptoir/worker start`: runs the background jobs until SIGTERM/SIGINT, then stops
// gracefully (running jobs finish first) and exits 0.
import { getDb, requireDatabaseUrl } from "@comptoir/db";
import { readWorkerEnv } from "./env";
import { startWorker } from "./worker";

async function main(): Promise<void> {
  const worker = await startWorker({ db: getDb(), databaseUrl: requireDatabaseUrl(), env: readWorkerEnv() });
  console.warn("worker started: order and account emails, payment reconciliation, expired reservations");
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("worker: unclean stop:", error);
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
