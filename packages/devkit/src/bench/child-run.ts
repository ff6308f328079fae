// A Node.js script run to its end by the benchmark (a build, the seed), its output on the terminal.
import { spawn, type ChildProcess } from "node:child_process";
import { repoRoot } from "@comptoir/db/embedded";

export interface ChildRun {
  /** The script and its arguments, run with this Node.js. */
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Receives the process while it runs (so that Ctrl-C can stop it), then null. */
  onProcess?: (child: ChildProcess | null) => void;
  /** The error's message when it fails, from its exit code or the signal that stopped it. */
  failure: (code: number | null, signal: NodeJS.Signals | null) => string;
}

export function runToEnd(run: ChildRun): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, run.args, {
      cwd: repoRoot,
      env: run.env ?? process.env,
      stdio: "inherit",
    });
    run.onProcess?.(child);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      run.onProcess?.(null);
      if (code === 0) resolve();
      else reject(new Error(run.failure(code, signal)));
    });
  });
}
