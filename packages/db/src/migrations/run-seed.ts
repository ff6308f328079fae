import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { repoRoot } from "../embedded/repo-root";

const require = createRequire(import.meta.url);

/**
 * Runs prisma/seed.ts in its own process. It lives outside this package (it knows the catalog),
 * and the db package imports nothing of ours, so it is started rather than imported.
 */
export function runSeed(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<void> {
  const tsxCli = require.resolve("tsx/cli");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, path.join(repoRoot, "prisma", "seed.ts")], {
      cwd: repoRoot,
      env: { ...process.env, ...extraEnv, DATABASE_URL: databaseUrl },
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`The seed exited with code ${code}.`)),
    );
  });
}
