// The catalogue must know every variable the code reads, or the start-up check, the docs and
// .env.example would silently miss it. This scans the sources for the two ways variables are read:
// `process.env.NAME`, and the keys of the zod schemas in the packages' env modules.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Read by our code but not configuration: set by pnpm or by our own tools for their children. */
const NOT_CONFIGURATION = new Set([
  "INIT_CWD", // set by pnpm to the folder a command was typed in
  "E2E_DATABASE_URL", // set by the end-to-end global setup for the test files
  "COMPTOIR_SEED_QUIET", // set by the dev launcher for the seed it runs
  "PRISMA_SCHEMA_ENGINE_BINARY", // set by packages/db/prisma.config.ts itself
  "PRISMA_QUERY_ENGINE_LIBRARY",
  "PRISMA_HIDE_UPDATE_MESSAGE",
  "DEBIAN_FRONTEND",
]);

const SKIPPED_DIRECTORIES = new Set(["node_modules", "build", "dist", "generated", "e2e", ".turbo"]);

function sourceFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.|\.d\.ts$/.test(entry.name) ? [full] : [];
  });
}

function variablesReadBySources(): Map<string, string> {
  const roots = ["apps", "packages"].flatMap((group) =>
    readdirSync(path.join(repoRoot, group)).map((name) => path.join(repoRoot, group, name)),
  );
  const files = [
    ...roots.flatMap((root) => ["src", "app"].flatMap((folder) => sourceFiles(path.join(root, folder)))),
    ...sourceFiles(path.join(repoRoot, "prisma")),
  ].filter((file) => !file.includes(`${path.sep}packages${path.sep}env${path.sep}`));
  const found = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const names = [...text.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1] ?? "");
    // The keys of the schemas in env modules (env.ts, env.server.ts, runtime-env.js...).
    if (/env(\.server)?\.(ts|js)$/.test(file)) {
      names.push(
        ...[...text.matchAll(/^\s+([A-Z][A-Z0-9_]*): (?:z\b|port\b)/gm)].map((match) => match[1] ?? ""),
      );
    }
    for (const name of names) if (!found.has(name)) found.set(name, path.relative(repoRoot, file));
  }
  return found;
}

describe("the catalogue", () => {
  it("lists every variable the code reads", () => {
    const known = new Set(catalogue.map((variable) => variable.name));
    const missing = [...variablesReadBySources()]
      .filter(([name]) => !known.has(name) && !NOT_CONFIGURATION.has(name))
      .map(([name, file]) => `${name} (read in ${file}): add it to packages/env/src/catalogue.js`);
    expect(missing).toEqual([]);
  });

  it("finds the variables of the env modules (the scan works)", () => {
    const read = variablesReadBySources();
    for (const name of [
      "COOKIE_SECRET",
      "SMTP_URL",
      "REDIS_URL",
      "EMAIL_CONCURRENCY",
      "LOG_LEVEL",
      "COMPTOIR_PG_LOG",
    ]) {
      expect(read.has(name), name).toBe(true);
    }
  });
});
