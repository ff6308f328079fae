// The production builds of the storefront and of the bare Remix page it is compared with, through
// Turborepo as `pnpm build` does: its cache makes a second run with unchanged code take a second.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { repoRoot } from "@comptoir/db/embedded";

const require = createRequire(import.meta.url);

export function buildApps(onProcess?: (child: ChildProcess | null) => void): Promise<void> {
  const turbo = require.resolve("turbo/bin/turbo");
  const filters = ["--filter=@comptoir/storefront", "--filter=@comptoir/bench-baseline"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [turbo, "run", "build", ...filters], {
      cwd: repoRoot,
      stdio: "inherit",
    });
    onProcess?.(child);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      onProcess?.(null);
      if (code === 0) resolve();
      else reject(new Error(`The production builds failed (${signal ?? `exit code ${code}`}, see above).`));
    });
  });
}
