import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { findFreePort, repoRoot } from "@comptoir/db/embedded";
import { withServerProcessEnv } from "@comptoir/env";

export type AppName = "storefront" | "admin";

export interface RunningApp {
  name: AppName;
  url: string;
  /** What the server printed, for failure reports. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts an app's production build (`node server.js`) on a free port and waits until it answers.
 * Used by the end-to-end tests and the client package's tests: they exercise what ships. NODE_ENV is
 * "test": the build and its error handling are production's (see @comptoir/server), and the payment
 * emulator and development secrets, which production refuses, are allowed.
 */
export async function startBuiltApp(
  name: AppName,
  env: Record<string, string>,
  options: { port?: number } = {},
): Promise<RunningApp> {
  const cwd = path.join(repoRoot, "apps", name);
  if (!existsSync(path.join(cwd, "build", "server", "index.js"))) {
    throw new Error(`apps/${name} has no production build: run \`pnpm build\` first.`);
  }
  const port = options.port ?? (await findFreePort());
  const child = spawn(process.execPath, ["server.js"], {
    cwd,
    env: withServerProcessEnv({ ...process.env, NODE_ENV: "test", ...env, PORT: String(port) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  let running = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // An app that dies under the tests leaves them failing with refused connections: say why.
  child.once("exit", (code, signal) => {
    if (running) console.error(`The ${name} exited (${signal ?? `code ${code}`}):\n${output.slice(-10_000)}`);
  });

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The ${name} exited while starting:\n${output}`);
    try {
      await fetch(url, { redirect: "manual" });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`The ${name} did not answer within 30 s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  running = true;
  return {
    name,
    url,
    output: () => output,
    stop: async () => {
      running = false;
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
