import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readDevEnv } from "./env";
import { planLocalServices } from "./local-services";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function devEnv(extra: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, extra);
  try {
    return readDevEnv();
  } finally {
    process.env = saved;
  }
}

describe("planLocalServices", () => {
  it("gives a production preview one TOTP key that survives restarts, kept private in the data folder", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "comptoir-preview-"));
    dirs.push(dataDir);
    const env = devEnv({ COMPTOIR_DATA_DIR: dataDir });
    const first = planLocalServices(env, "http://localhost:3000", true).appEnv.TOTP_ENCRYPTION_KEY;
    const second = planLocalServices(env, "http://localhost:3000", true).appEnv.TOTP_ENCRYPTION_KEY;
    expect(first).toMatch(/^[A-Za-z0-9+/=]{48}$/);
    expect(second).toBe(first);
    const file = path.join(dataDir, "totp-encryption-key");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("leaves a configured key alone, and development to its built-in key", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "comptoir-preview-"));
    dirs.push(dataDir);
    const configured = devEnv({ COMPTOIR_DATA_DIR: dataDir, TOTP_ENCRYPTION_KEY: "k".repeat(40) });
    expect(
      planLocalServices(configured, "http://localhost:3000", true).appEnv.TOTP_ENCRYPTION_KEY,
    ).toBeUndefined();
    const development = devEnv({ COMPTOIR_DATA_DIR: dataDir });
    expect(
      planLocalServices(development, "http://localhost:3000", false).appEnv.TOTP_ENCRYPTION_KEY,
    ).toBeUndefined();
  });
});
