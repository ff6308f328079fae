// A built app's production server for the benchmark (the storefront, or the bare Remix page it is
// compared with). Like startBuiltApp (../servers), with two differences: it hands out the process id
// (the memory and CPU meters read /proc with it), and it serves a private copy of the build, so that
// a `pnpm build` run meanwhile (by a test, an editor's task) cannot swap the hashed assets under the
// running server and turn the measurement into 404s.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@comptoir/db/embedded";

export interface RunningServer {
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
 * The app as it ships (server.js, package.json, build/) in a temporary folder; its node_modules is a
 * link to the app's, so the server resolves the same dependencies.
 */
async function copyApp(app: string): Promise<string> {
  if (!existsSync(path.join(app, "build", "server", "index.js"))) {
    throw new Error(`${path.relative(process.cwd(), app) || app} has no production build.`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), `comptoir-bench-${path.basename(app)}-`));
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

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface ServerProcessOptions {
  /** For messages: "the storefront". */
  name: string;
  /** The app's folder (holding server.js, package.json and build/). */
  app: string;
  /** The server's environment; PORT is added. */
  env: NodeJS.ProcessEnv;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<RunningServer> {
  const cwd = await copyApp(options.app);
  const port = await findFreePort();
  const child = spawn(process.execPath, ["server.js"], {
    cwd,
    env: { ...options.env, PORT: String(port) },
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
      throw new Error(`${capitalized(options.name)} exited while starting:\n${output}`);
    }
    try {
      await fetch(url, { redirect: "manual" });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(
          `${capitalized(options.name)} did not answer within ${START_TIMEOUT_MS / 1000} s:\n${output}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (child.pid === undefined) throw new Error(`${capitalized(options.name)} started without a process id.`);
  return { url, pid: child.pid, alive, output: () => output, stop };
}
