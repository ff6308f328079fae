import { spawn } from "node:child_process";

/**
 * Runs a PostgreSQL client tool; rejects with the end of its stderr, which is where pg_dump and
 * pg_restore say what went wrong.
 */
export function runTool(file: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${file} exited with code ${code}: ${stderr.trim() || "no message"}`));
    });
  });
}
