// The worker's /healthz and /readyz, on an internal port (WORKER_HEALTH_PORT, 9464 by default): the
// worker serves no HTTP otherwise, and orchestrators need to know it is alive and can reach its
// database. Same checks and answers as the apps' (see @comptoir/server/probes). Prometheus scrapes
// /metrics there too: open on this internal port, or behind METRICS_TOKEN when it is set.
import { fileURLToPath } from "node:url";
import { createReadiness, findMigrationsDir, startHealthServer } from "@comptoir/server/probes";

export interface WorkerProbes {
  port: number;
  /** From now on /readyz answers 503: the worker is stopping. */
  markStopping(): void;
  close(): Promise<void>;
}

export async function startWorkerProbes(options: {
  databaseUrl: string;
  redisUrl: string | undefined;
  port: number;
  /** /metrics: who may read it (see @comptoir/server's metrics endpoint). */
  metrics?: { nodeEnv: "development" | "production" | "test"; token: string | undefined };
}): Promise<WorkerProbes> {
  let stopping = false;
  const readiness = createReadiness({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    migrationsDir: findMigrationsDir(fileURLToPath(new URL(".", import.meta.url))),
  });
  const health = await startHealthServer({
    port: options.port,
    readiness,
    isDraining: () => stopping,
    metrics: options.metrics ?? { nodeEnv: "production", token: undefined },
  }).catch(async (error: unknown) => {
    await readiness.close();
    throw error instanceof Error && error.message.startsWith("Port ")
      ? new Error(`${error.message.replace("Set another port.", "")}Set WORKER_HEALTH_PORT to a free port.`)
      : error;
  });
  return {
    port: health.port,
    markStopping: () => {
      stopping = true;
    },
    close: async () => {
      await Promise.all([health.close(), readiness.close()]);
    },
  };
}
