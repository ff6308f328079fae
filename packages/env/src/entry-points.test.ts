// Runs the real entry points (the storefront's production build, the worker): what ships is what is
// tested. The storefront build comes from `pnpm --filter @comptoir/storefront build` (turbo runs it first).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_WEBHOOK_SECRET } from "./development-defaults.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const storefrontDir = `${repoRoot}apps/storefront`;
const workerDir = `${repoRoot}apps/worker`;

/** Only what a process needs to run, so that the test's own variables cannot hide a problem. */
const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };

const badProduction = {
  ...base,
  NODE_ENV: "production",
  PORT: "0",
  DATABASE_URL: "postgresql://shop:hunter2-database@127.0.0.1:9/shop",
  PUBLIC_URL: "http://shop.example",
  COOKIE_SECRET: "hunter2-short",
  STRIPE_WEBHOOK_SECRET: DEVELOPMENT_WEBHOOK_SECRET,
  LOG_LEVEL: "debug",
};

const goodProduction = {
  ...base,
  NODE_ENV: "production",
  PORT: "0",
  DATABASE_URL: "postgresql://unused@127.0.0.1:9/unused",
  PUBLIC_URL: "https://shop.example",
  COOKIE_SECRET: "k3y-0f-th1rty-tw0-rand0m-characters-at-least",
  STRIPE_SECRET_KEY: "sk_test_51abcdefghijklmnop",
  STRIPE_WEBHOOK_SECRET: "whsec_9f8e7d6c5b4a3f2e1d0c9b8a",
};

describe("node server.js in production", () => {
  it("exits 1 listing every problem, one per line, without a secret's value", () => {
    const result = spawnSync(process.execPath, ["server.js"], {
      cwd: storefrontDir,
      env: badProduction,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "✖ PUBLIC_URL must be an https:// address in production.",
      "✖ COOKIE_SECRET is too short: at least 32 random characters in production.",
      "✖ STRIPE_SECRET_KEY is required in production.",
      "✖ STRIPE_WEBHOOK_SECRET is a known development value, public in the source: set a secret of your own.",
      "✖ LOG_LEVEL debug and trace are development settings: use info (or warn, error) in production.",
    ]);
    expect(result.stdout + result.stderr).not.toContain("hunter2");
  });

  it("starts with a complete configuration", async () => {
    const child = spawn(process.execPath, ["server.js"], { cwd: storefrontDir, env: goodProduction });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = "";
        const collect = (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes("listening on")) resolve(text);
        };
        child.stdout.on("data", collect);
        child.stderr.on("data", collect);
        child.once("exit", (code) => reject(new Error(`exited with code ${code}: ${text}`)));
      });
      expect(output).toContain("listening on");
    } finally {
      child.kill("SIGTERM");
    }
  });
});

describe("the worker in production", () => {
  it("exits 1 listing every problem before it loads anything else", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: workerDir,
      env: { ...badProduction, STRIPE_EMULATOR_URL: "http://127.0.0.1:12111" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "✖ PUBLIC_URL must be an https:// address in production.",
      "✖ STRIPE_SECRET_KEY is required in production.",
      "✖ STRIPE_EMULATOR_URL must not be set in production: it points at a development service.",
      "✖ SMTP_URL is required in production.",
      "✖ LOG_LEVEL debug and trace are development settings: use info (or warn, error) in production.",
    ]);
    expect(result.stdout + result.stderr).not.toContain("hunter2");
    // Starting tsx takes seconds, many more on a machine running the whole suite.
  }, 60_000);
});
