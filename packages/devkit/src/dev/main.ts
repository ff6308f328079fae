// `pnpm dev` (and `pnpm start` with --production): the whole shop on one machine.
// Database (DATABASE_URL, or an embedded PostgreSQL under .data/) -> migrations -> demo data once ->
// storefront and admin -> a banner saying where they are. Ctrl-C stops everything cleanly.
// The root scripts start it with `exec node --import tsx`: no shell or tsx wrapper in between that
// would exit on the signal before this process has stopped PostgreSQL.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { ConfigError, createDb } from "@comptoir/db";
import { checkConfiguration, withServerProcessEnv } from "@comptoir/env";
import { isPortFree, provideDatabase, repoRoot, type ProvidedDatabase } from "@comptoir/db/embedded";
import { migrateDeploy, runSeed } from "@comptoir/db/migrations";
import { DEMO_STAFF } from "@comptoir/prisma/demo-staff";
import { isDemoDataSeeded } from "@comptoir/prisma/seed";
import { renderBanner } from "./banner";
import { startChild, stopChild, waitForHttp, type Child } from "./children";
import { readDevEnv } from "./env";
import {
  planLocalServices,
  startLocalServices,
  startWorkerChild,
  type LocalServices,
} from "./local-services";

const production = process.argv.includes("--production");
const mode = production ? "production" : "development";
const require = createRequire(import.meta.url);

let database: ProvidedDatabase | undefined;
const children: Child[] = [];
let stopping = false;
let stopped: Promise<void> | undefined;

/**
 * Stops the apps, then the database, then exits. Several signals arrive for one Ctrl-C (the
 * terminal's SIGINT, then pnpm's SIGTERM): every call waits for the same single shutdown.
 */
async function shutdown(code: number): Promise<never> {
  stopping = true;
  stopped ??= (async () => {
    console.log("\nStopping…");
    await Promise.all(children.map((child) => stopChild(child)));
    if (database?.embedded) console.log("Stopping PostgreSQL (the data stays in .data/)…");
    await database?.stop();
  })();
  await stopped;
  process.exit(code);
}

function assertNodeVersion() {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new ConfigError(`Comptoir needs Node.js 20.19 or later (this is ${process.versions.node}).`);
  }
}

async function assertPortsFree(ports: { name: string; port: number; variable: string }[]) {
  for (const { name, port, variable } of ports) {
    if (!(await isPortFree(port))) {
      throw new ConfigError(
        `Port ${port} is already in use, so the ${name} cannot start. Free it or set ${variable}=<port>.`,
      );
    }
  }
}

/**
 * `pnpm start` runs the builds exactly as they ship, so the production rules of @comptoir/env apply:
 * say everything that is missing before spending a minute on the build.
 */
function assertProductionConfiguration(env: NodeJS.ProcessEnv) {
  const problems = (["storefront", "admin"] as const).flatMap((role) => {
    const result = checkConfiguration(role, { ...env, NODE_ENV: "production" });
    return result.ok ? [] : result.problems.map((problem) => `${role}: ${problem}`);
  });
  if (problems.length === 0) return;
  throw new Error(
    [
      "pnpm start runs the production builds, which refuse to start without a production configuration:",
      ...[...new Set(problems)].map((problem) => `  - ${problem}`),
      "Set these variables (see .env.example and docs/configuration.md), or use pnpm dev.",
    ].join("\n"),
  );
}

function buildApps() {
  console.log("Building the apps for production…");
  const turbo = require.resolve("turbo/bin/turbo");
  const result = spawnSync(process.execPath, [turbo, "run", "build", "--filter=./apps/*"], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("The production build failed (see above).");
}

function startApp(
  name: "storefront" | "admin",
  port: number,
  databaseUrl: string,
  services: LocalServices,
): Child {
  const cwd = path.join(repoRoot, "apps", name);
  const env = {
    ...process.env,
    ...services.appEnv,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: mode,
  };
  if (production) {
    return startChild(name, process.execPath, ["server.js"], { cwd, env: withServerProcessEnv(env) });
  }
  const remix = path.join(cwd, "node_modules", "@remix-run", "dev", "dist", "cli.js");
  return startChild(name, process.execPath, [remix, "vite:dev", "--port", String(port), "--strictPort"], {
    cwd,
    env,
  });
}

async function main() {
  assertNodeVersion();
  const env = readDevEnv();
  const storefrontUrl = `http://localhost:${env.STOREFRONT_PORT}`;
  const adminUrl = `http://localhost:${env.ADMIN_PORT}`;
  const services = planLocalServices(env, storefrontUrl, production);
  await assertPortsFree([
    { name: "storefront", port: env.STOREFRONT_PORT, variable: "STOREFRONT_PORT" },
    { name: "admin", port: env.ADMIN_PORT, variable: "ADMIN_PORT" },
    ...(services.emulatorUrl
      ? [{ name: "Stripe emulator", port: env.STRIPE_EMULATOR_PORT, variable: "STRIPE_EMULATOR_PORT" }]
      : []),
    ...(services.mailboxUrl
      ? [
          { name: "dev mailbox", port: env.DEV_MAILBOX_SMTP_PORT, variable: "DEV_MAILBOX_SMTP_PORT" },
          { name: "dev mailbox", port: env.DEV_MAILBOX_HTTP_PORT, variable: "DEV_MAILBOX_HTTP_PORT" },
        ]
      : []),
  ]);
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGHUP", () => void shutdown(0));

  database = await provideDatabase();
  console.log(`Database: ${database.embedded ? "embedded PostgreSQL, " : ""}${database.location}`);
  await migrateDeploy(database.url);

  const db = createDb(database.url, { poolMax: 1 });
  const seeded = await isDemoDataSeeded(db);
  await db.$disconnect();
  if (seeded) {
    console.log("Demo data: already loaded.");
  } else {
    console.log("Loading the demo data (first start only)…");
    await runSeed(database.url);
  }

  if (production) {
    assertProductionConfiguration({ ...process.env, ...services.appEnv, DATABASE_URL: database.url });
    buildApps();
  }
  const baseEnv = { ...process.env, DATABASE_URL: database.url, NODE_ENV: mode };
  children.push(
    ...startLocalServices(services, env, storefrontUrl, baseEnv),
    startApp("storefront", env.STOREFRONT_PORT, database.url, services),
    startApp("admin", env.ADMIN_PORT, database.url, services),
  );
  // Production sends real mail only: without SMTP_URL there is nowhere to send it.
  const runWorker = !production || Boolean(env.SMTP_URL);
  if (runWorker) children.push(startWorkerChild(services, baseEnv));
  for (const child of children) {
    void child.exited.then((code) => {
      if (stopping) return;
      console.error(`✖ The ${child.name} stopped unexpectedly (exit code ${code}).`);
      void shutdown(1);
    });
  }

  const alive = () => !stopping;
  // The first request compiles the pages in development; it can take a few seconds.
  await Promise.all([
    waitForHttp(`${storefrontUrl}/fr`, 120_000, alive),
    waitForHttp(`${adminUrl}/login`, 120_000, alive),
  ]);
  console.log(
    `\n${renderBanner({
      storefrontUrl,
      adminUrl,
      database: database.embedded ? `embedded PostgreSQL, ${database.location}` : database.location,
      demoStaff: production
        ? null
        : { email: DEMO_STAFF.email, password: DEMO_STAFF.password, totpSecret: DEMO_STAFF.totpSecret },
      mode,
      payments: services.emulatorUrl
        ? `Stripe emulator, ${services.emulatorUrl}`
        : "Stripe (STRIPE_SECRET_KEY)",
      mailbox: services.mailboxUrl,
      worker: runWorker,
    })}\n`,
  );
}

main().catch(async (error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
