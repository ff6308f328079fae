// The zero-configuration database: PostgreSQL binaries shipped in an npm package, started as a
// child process with its data in a folder of ours.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ConfigError } from "../config-error";
import { loadEmbeddedPostgres } from "./load-library";
import { isPortFree } from "./port";
import { makeReachableByPostgresUser } from "./reachable-by-postgres";

export interface EmbeddedPostgresOptions {
  /** The cluster's data folder. Created and initialised on first start. */
  dataDir: string;
  port: number;
  /** Keep the data folder when stopping (development) or delete it (throw-away test clusters). */
  persistent: boolean;
  /** Receives PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection string to the `postgres` database of the cluster. */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

// Local-only cluster (it listens on 127.0.0.1), so a fixed password is fine.
const USER = "comptoir";
const PASSWORD = "comptoir";

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, persistent } = options;
  await stopLeftoverCluster(dataDir);

  if (!(await isPortFree(port))) {
    throw new ConfigError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Free it, or choose another port with COMPTOIR_PG_PORT=<port> (or use your own server with DATABASE_URL).`,
    );
  }

  const isRoot = os.userInfo().uid === 0;
  const onLog = options.onLog ?? (() => undefined);
  for (const folder of makeReachableByPostgresUser(dataDir)) {
    onLog(`Gave the postgres user search permission (o+x) on ${folder}\n`);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--no-instructions"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog,
    onError: (error) => onLog(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new ConfigError(
      `The embedded PostgreSQL (data in ${dataDir}) did not start${error ? `: ${String(error)}` : ""}. ` +
        `Its log lines are printed with COMPTOIR_PG_LOG=1.`,
    );
  }

  // If this process ends without stopping the cluster (a crash, an uncaught error), do not leave an
  // orphan PostgreSQL behind: an `exit` listener can only run synchronous code, so signal it directly.
  const postmasterPid = readPostmasterPid(dataDir);
  const stopOrphan = () => {
    if (postmasterPid && isAlive(postmasterPid)) process.kill(postmasterPid, "SIGINT");
  };
  process.on("exit", stopOrphan);

  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    // Ctrl-C in a terminal reaches PostgreSQL too, which then shuts down on its own; the library's
    // stop() would wait forever for an exit that already happened, so either outcome ends the wait.
    stop: async () => {
      process.removeListener("exit", stopOrphan);
      await Promise.race([cluster.stop(), waitUntilStopped(dataDir)]);
    },
  };
}

function readPostmasterPid(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(
      readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "",
      10,
    );
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Resolves once PostgreSQL has removed its pid file, which it does at the end of a clean shutdown. */
async function waitUntilStopped(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  while (existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * A cluster whose launcher was killed (kill -9, a crashed terminal) keeps running and holds the
 * data folder and the port. Stop it cleanly so that this start succeeds.
 */
async function stopLeftoverCluster(dataDir: string): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, "SIGINT"); // PostgreSQL's "fast shutdown": rolls back and exits cleanly.
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new ConfigError(`An earlier embedded PostgreSQL (pid ${pid}) holds ${dataDir} and did not stop.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
