// The services behind a storefront that takes orders, for black-box tests: the Stripe emulator
// (signed webhooks to the storefront, retried quickly), the dev mailbox (every email kept), and the
// worker (confirmation emails, reconciliation). Each runs as its own process, started the way
// `pnpm dev` starts it, so the tests exercise the same entry points.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { findFreePort, repoRoot } from "@comptoir/db/embedded";
import { DEVELOPMENT_WEBHOOK_SECRET } from "@comptoir/payments";

const require = createRequire(import.meta.url);

export interface CommerceServices {
  storefrontPort: number;
  /** Variables the storefront needs to reach them. */
  storefrontEnv: Record<string, string>;
  emulatorUrl: string;
  /** The mailbox's page; its JSON API is under /api/messages. */
  mailboxUrl: string;
  /** Starts the worker on the stack's database once the storefront runs. */
  startWorker(databaseUrl: string, storefrontUrl: string): Promise<void>;
  stop(): Promise<void>;
}

interface Service {
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

function startService(script: string, env: Record<string, string>, ready: RegExp): Promise<Service> {
  const child = spawn(process.execPath, ["--import", require.resolve("tsx"), path.join(repoRoot, script)], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const service: Service = {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start within 30 s:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(service);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (code ${code}) while starting:\n${output}`));
    });
  });
}

export async function startCommerceServices(): Promise<CommerceServices> {
  const storefrontPort = await findFreePort();
  const emulatorPort = await findFreePort();
  const smtpPort = await findFreePort();
  const mailboxHttpPort = await findFreePort();
  const services: Service[] = [];
  const stop = async () => {
    for (const service of services.reverse()) await service.stop();
  };
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const mailboxSmtp = `smtp://127.0.0.1:${smtpPort}`;
  try {
    services.push(
      await startService(
        "packages/email/src/dev-mailbox/cli.ts",
        { DEV_MAILBOX_SMTP_PORT: String(smtpPort), DEV_MAILBOX_HTTP_PORT: String(mailboxHttpPort) },
        /Dev mailbox ready/,
      ),
      await startService(
        "packages/payments/src/emulator/cli.ts",
        {
          PORT: String(emulatorPort),
          STRIPE_EMULATOR_WEBHOOK_URL: `http://localhost:${storefrontPort}/webhooks/stripe`,
          STRIPE_WEBHOOK_SECRET: DEVELOPMENT_WEBHOOK_SECRET,
        },
        /listening on/,
      ),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    storefrontPort,
    storefrontEnv: { STRIPE_EMULATOR_URL: emulatorUrl, STRIPE_WEBHOOK_SECRET: DEVELOPMENT_WEBHOOK_SECRET },
    emulatorUrl,
    mailboxUrl: `http://127.0.0.1:${mailboxHttpPort}`,
    async startWorker(databaseUrl, storefrontUrl) {
      services.push(
        await startService(
          "apps/worker/src/main.ts",
          {
            DATABASE_URL: databaseUrl,
            PUBLIC_URL: storefrontUrl,
            STRIPE_EMULATOR_URL: emulatorUrl,
            DEV_MAILBOX_URL: mailboxSmtp,
            // Any free port for its health checks: a `pnpm dev` on this machine may hold the default.
            WORKER_HEALTH_PORT: "0",
          },
          /worker started/,
        ),
      );
    },
    stop,
  };
}
