// The launcher's answer to bad configuration: one clear line, a non-zero exit, nothing started.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));

function launch(env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const result = spawnSync(process.execPath, ["--import", "tsx", main], {
    env: childEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
  const errorLines = result.stderr.split("\n").filter((line) => line.startsWith("✖"));
  return { status: result.status, errorLines };
}

describe("pnpm dev with bad configuration", () => {
  let blocker: net.Server;
  let busyPort: number;
  let dataDir: string;

  beforeAll(async () => {
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    busyPort = (blocker.address() as net.AddressInfo).port;
    dataDir = mkdtempSync(path.join(os.tmpdir(), "comptoir-launcher-"));
    chmodSync(dataDir, 0o755);
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Ports of the apps that nothing uses, so only the case under test can fail.
  const freeAppPorts = { STOREFRONT_PORT: "3990", ADMIN_PORT: "3991" };

  it("names an unreachable DATABASE_URL", () => {
    const run = launch({ ...freeAppPorts, DATABASE_URL: "postgresql://shop:secret@127.0.0.1:9/shop" });
    expect(run.status).toBe(1);
    expect(run.errorLines).toEqual([
      "✖ Cannot connect to PostgreSQL at 127.0.0.1:9 (DATABASE_URL): connection refused (is the server running?).",
    ]);
    // The password never appears in messages.
    expect(run.errorLines.join("")).not.toContain("secret");
  });

  it("explains a malformed DATABASE_URL", () => {
    const run = launch({ ...freeAppPorts, DATABASE_URL: "localhost:5432/shop" });
    expect(run.status).toBe(1);
    expect(run.errorLines).toEqual([
      "✖ DATABASE_URL must be a postgresql:// URL, e.g. postgresql://user:password@localhost:5432/comptoir.",
    ]);
  });

  it("says which app port is taken and how to change it", () => {
    const run = launch({ STOREFRONT_PORT: String(busyPort), ADMIN_PORT: "3991", DATABASE_URL: undefined });
    expect(run.status).toBe(1);
    expect(run.errorLines).toEqual([
      `✖ Port ${busyPort} is already in use, so the storefront cannot start. Free it or set STOREFRONT_PORT=<port>.`,
    ]);
  });

  it("says when the embedded PostgreSQL's port is taken and how to change it", () => {
    const run = launch({
      ...freeAppPorts,
      DATABASE_URL: undefined,
      COMPTOIR_DATA_DIR: dataDir,
      COMPTOIR_PG_PORT: String(busyPort),
    });
    expect(run.status).toBe(1);
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toMatch(
      new RegExp(
        `^✖ Port ${busyPort} is already in use, so the embedded PostgreSQL cannot start\\..*COMPTOIR_PG_PORT=<port>`,
      ),
    );
  });

  it("refuses an invalid port setting", () => {
    const run = launch({ STOREFRONT_PORT: "eighty", ADMIN_PORT: "3991" });
    expect(run.status).toBe(1);
    expect(run.errorLines[0]).toMatch(/^✖ Invalid configuration — STOREFRONT_PORT: /);
  });
});
