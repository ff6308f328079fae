// `pnpm test`: the whole suite in two Turborepo runs.
//
// 1. Checks, unit and integration tests, and the production builds, three tasks at a time.
// 2. The browser suites (`test:e2e`), one app at a time.
//
// Why two runs: each browser suite starts a production server, a seeded database and Chromium
// workers. Run beside the integration suites (each with its own PostgreSQL databases) or beside
// the other app's browser suite, a two-core machine spends its time switching between them and
// the browser tests fail on timeouts that say nothing about the code. The second run starts even
// when the first failed, so one run reports every failure.
import { spawnSync } from "node:child_process";

function turbo(...args: string[]): number {
  const result = spawnSync("pnpm", ["exec", "turbo", "run", ...args, "--continue"], {
    stdio: "inherit",
  });
  return result.status ?? 1;
}

const checks = turbo("format:check", "lint", "typecheck", "test", "build", "--concurrency=3");
const browsers = turbo("test:e2e", "--concurrency=1");
process.exit(checks === 0 && browsers === 0 ? 0 : 1);
