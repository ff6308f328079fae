// `pnpm smoke:zero-config`: the README's first command, checked from the outside.
// Starts `pnpm dev` with no DATABASE_URL (embedded PostgreSQL in a fresh folder), checks both apps,
// stops it like Ctrl-C does, and starts it again to prove the data is reused, not seeded twice.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, repoRoot } from "@comptoir/db/embedded";

interface Run {
  output: string;
  exitCode: number | null;
}

async function runDevOnce(env: NodeJS.ProcessEnv, check: (output: string) => Promise<void>): Promise<Run> {
  // Its own process group, so that the SIGINT below reaches every process, as Ctrl-C in a terminal does.
  const child = spawn("pnpm", ["dev"], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const started = Date.now();
  try {
    while (!output.includes("Comptoir is running")) {
      if (child.exitCode !== null) throw new Error(`pnpm dev exited early:\n${output}`);
      if (Date.now() - started > 240_000)
        throw new Error(`pnpm dev printed no banner within 240 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log(`  banner after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await check(output);
  } finally {
    process.kill(-child.pid!, "SIGINT");
  }
  const timeout = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 30_000);
  const exitCode = await exited;
  clearTimeout(timeout);
  return { output, exitCode };
}

async function expectPage(url: string, status: number, text: string) {
  const response = await fetch(url, { redirect: "manual" });
  const body = await response.text();
  if (response.status !== status || !body.includes(text)) {
    throw new Error(`${url}: expected ${status} containing "${text}", got ${response.status}`);
  }
  console.log(`  ${url} -> ${response.status}`);
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "comptoir-smoke-"));
  // mkdtemp makes it private; as root, PostgreSQL runs as its own user, which must be able to enter it.
  await chmod(dataDir, 0o755);
  const [storefrontPort, adminPort, pgPort] = [
    await findFreePort(),
    await findFreePort(),
    await findFreePort(),
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    COMPTOIR_DATA_DIR: dataDir,
    COMPTOIR_PG_PORT: String(pgPort),
    STOREFRONT_PORT: String(storefrontPort),
    ADMIN_PORT: String(adminPort),
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const storefront = `http://localhost:${storefrontPort}`;
  const admin = `http://localhost:${adminPort}`;
  try {
    console.log("First start (empty data folder):");
    const first = await runDevOnce(env, async (output) => {
      if (!output.includes("Loading the demo data"))
        throw new Error("The first start did not seed the demo data.");
      if (!output.includes("admin@comptoir.dev"))
        throw new Error("The banner does not say how to log in to the admin.");
      await expectPage(`${storefront}/fr`, 200, 'data-testid="product-card"');
      await expectPage(`${storefront}/en`, 200, "Our favourites");
      await expectPage(`${admin}/login`, 200, "<form");
    });
    if (first.exitCode !== 0)
      throw new Error(`Ctrl-C should exit 0, got ${first.exitCode}:\n${first.output}`);
    if (existsSync(path.join(dataDir, "postgres", "postmaster.pid")))
      throw new Error("PostgreSQL is still running after Ctrl-C.");
    console.log("  Ctrl-C: exit 0, PostgreSQL stopped");

    console.log("Second start (same data folder):");
    const second = await runDevOnce(env, async (output) => {
      if (!output.includes("Demo data: already loaded."))
        throw new Error("The second start should reuse the data.");
      await expectPage(`${storefront}/fr`, 200, 'data-testid="product-card"');
    });
    if (second.exitCode !== 0)
      throw new Error(`Ctrl-C should exit 0, got ${second.exitCode}:\n${second.output}`);
    console.log("  reused the data without seeding again; Ctrl-C: exit 0");
    console.log("✔ zero-configuration smoke test passed");
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
