// The storefront's production server for the benchmark. Like startBuiltApp (../servers), with two
// differences: it hands out the process id (the memory and CPU meters read /proc with it), and it
// serves a private copy of the build, so that a `pnpm build` run meanwhile (by a test, an editor's
// task) cannot swap the hashed assets under the running server and turn the measurement into 404s.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, repoRoot } from "@comptoir/db/embedded";
import { withServerProcessEnv } from "@comptoir/env";

export interface RunningStorefront {
  url: string;
  pid: number;
  /** Whether the process is still running. */
  alive(): boolean;
  /** What the server printed, for failure reports. */
  output(): string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * apps/storefront as it ships (server.js, package.json, build/) in a temporary folder; its
 * node_modules is a link to the app's, so the server resolves the same dependencies.
 */
async function copyApp(): Promise<string> {
  const app = path.join(repoRoot, "apps", "storefront");
  if (!existsSync(path.join(app, "build", "server", "index.js"))) {
    throw new Error("apps/storefront has no production build.");
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "comptoir-bench-storefront-"));
  try {
    await Promise.all([
      cp(path.join(app, "build"), path.join(dir, "build"), { recursive: true }),
      cp(path.join(app, "server.js"), path.join(dir, "server.js")),
      cp(path.join(app, "package.json"), path.join(dir, "package.json")),
      symlink(path.join(app, "node_modules"), path.join(dir, "node_modules"), "dir"),
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

export async function startStorefront(databaseUrl: string): Promise<RunningStorefront> {
  const cwd = await copyApp();
  const port = await findFreePort();
  const child = spawn(process.execPath, ["server.js"], {
    cwd,
    // As the image and `pnpm start` run it (@comptoir/env's server process settings).
    env: withServerProcessEnv({
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      // Production refuses to start without its secrets and public address (see @comptoir/env).
      // The measured pages are catalog pages, which never call Stripe: values made up per run do.
      COOKIE_SECRET: randomBytes(36).toString("base64"),
      PUBLIC_URL: "https://shop.example",
      STRIPE_SECRET_KEY: `sk_test_${randomBytes(18).toString("hex")}`,
      STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(18).toString("hex")}`,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    // The last lines say why it failed; a long run must not grow this without bound.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (alive()) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    await rm(cwd, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (!alive()) {
      await stop();
      throw new Error(`The storefront exited while starting:\n${output}`);
    }
    try {
      await fetch(url, { redirect: "manual" });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`The storefront did not answer within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (child.pid === undefined) throw new Error("The storefront started without a process id.");
  return { url, pid: child.pid, alive, output: () => output, stop };
}
