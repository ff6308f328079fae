// The production builds of the storefront and of the bare Remix page it is compared with, through
// Turborepo as `pnpm build` does: its cache makes a second run with unchanged code take a second.
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { runToEnd } from "./child-run";

const require = createRequire(import.meta.url);

export function buildApps(onProcess?: (child: ChildProcess | null) => void): Promise<void> {
  const turbo = require.resolve("turbo/bin/turbo");
  return runToEnd({
    args: [turbo, "run", "build", "--filter=@comptoir/storefront", "--filter=@comptoir/bench-baseline"],
    onProcess,
    failure: (code, signal) => `The production builds failed (${signal ?? `exit code ${code}`}, see above).`,
  });
}
