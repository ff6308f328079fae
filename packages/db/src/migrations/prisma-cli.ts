import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "../embedded/repo-root";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const unrefLongTimers = fileURLToPath(new URL("./unref-long-timers.cjs", import.meta.url));
/** prisma.config.ts lives here; the CLI reads it from its working directory. */
const dbPackageDir = path.join(repoRoot, "packages", "db");

export const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

export interface PrismaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the Prisma CLI against `databaseUrl`. Output is captured (and echoed when `echo` is set)
 * so that callers can show one clear line on failure rather than Prisma's full banner.
 */
export function runPrisma(
  args: string[],
  databaseUrl: string,
  options: { echo?: boolean } = {},
): Promise<PrismaRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", unrefLongTimers, prismaCli, ...args], {
      cwd: dbPackageDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The meaningful part of Prisma's output for an error message. */
export function prismaFailure(run: PrismaRun): string {
  const text = `${run.stderr}\n${run.stdout}`
    .split("\n")
    .map((line) => line.trim())
    .filter(
      (line) =>
        line && !line.startsWith("Loaded Prisma config") && !line.startsWith("Prisma config detected"),
    );
  return text.slice(0, 12).join("\n");
}
