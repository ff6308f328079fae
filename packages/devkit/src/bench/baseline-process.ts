// The bare Remix page (packages/bench-baseline) behind Express: what the framework serves on this
// machine at the moment of the run, with nothing of the shop around it.
import path from "node:path";
import { repoRoot } from "@comptoir/db/embedded";
import { withServerProcessEnv } from "@comptoir/env";
import { startServerProcess, type RunningServer } from "./server-process";

/** The page's path on the baseline server. */
export const BASELINE_PATH = "/";

export function startBaseline(): Promise<RunningServer> {
  return startServerProcess({
    name: "the bare Remix page",
    app: path.join(repoRoot, "packages", "bench-baseline"),
    // With the storefront's process settings (young generation, malloc), so that the two differ by
    // their code only: with Node's defaults, this page serves 5–10% more requests per second.
    env: withServerProcessEnv({ ...process.env, NODE_ENV: "production" }),
  });
}
