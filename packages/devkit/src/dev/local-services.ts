// What `pnpm dev` runs beside the apps so that a shop works end to end offline: the Stripe emulator
// (payments, signed webhooks) unless STRIPE_SECRET_KEY is set, the dev mailbox (emails) unless
// SMTP_URL is set, and the worker that sends emails and reconciles payments.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@comptoir/db/embedded";
import { DEVELOPMENT_WEBHOOK_SECRET } from "@comptoir/payments";
import { startChild, type Child } from "./children";
import type { DevEnv } from "./env";

export interface LocalServices {
  /** Variables the apps and the worker get. */
  appEnv: Record<string, string>;
  emulatorUrl: string | null;
  mailboxUrl: string | null;
}

export function planLocalServices(env: DevEnv, storefrontUrl: string, production: boolean): LocalServices {
  const useEmulator = !env.STRIPE_SECRET_KEY && !production;
  const useMailbox = !env.SMTP_URL && !production;
  const emulatorUrl = useEmulator ? `http://localhost:${env.STRIPE_EMULATOR_PORT}` : null;
  const appEnv: Record<string, string> = { PUBLIC_URL: storefrontUrl };
  // A local production preview without a configured secret gets one for this run (guest carts are
  // then forgotten at the next start); a real deployment sets COOKIE_SECRET.
  if (production && !env.COOKIE_SECRET) appEnv.COOKIE_SECRET = randomBytes(36).toString("base64");
  // Two-factor secrets must stay readable from one start to the next: the preview's key is kept
  // beside its database (a real deployment sets TOTP_ENCRYPTION_KEY).
  if (production && !env.TOTP_ENCRYPTION_KEY) appEnv.TOTP_ENCRYPTION_KEY = previewTotpKey(env);
  if (emulatorUrl) {
    appEnv.STRIPE_EMULATOR_URL = emulatorUrl;
    appEnv.STRIPE_WEBHOOK_SECRET = DEVELOPMENT_WEBHOOK_SECRET;
  }
  if (useMailbox) appEnv.DEV_MAILBOX_URL = `smtp://127.0.0.1:${env.DEV_MAILBOX_SMTP_PORT}`;
  return {
    appEnv,
    emulatorUrl,
    mailboxUrl: useMailbox ? `http://localhost:${env.DEV_MAILBOX_HTTP_PORT}` : null,
  };
}

/** The local production preview's TOTP key: created once, in the data folder, readable by its owner only. */
function previewTotpKey(env: DevEnv): string {
  const dir = env.COMPTOIR_DATA_DIR ?? path.join(repoRoot, ".data");
  const file = path.join(dir, "totp-encryption-key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = randomBytes(36).toString("base64");
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

function tsxChild(name: string, script: string, env: NodeJS.ProcessEnv): Child {
  return startChild(name, process.execPath, ["--import", "tsx", path.join(repoRoot, script)], {
    cwd: repoRoot,
    env,
  });
}

export function startLocalServices(
  plan: LocalServices,
  env: DevEnv,
  storefrontUrl: string,
  baseEnv: NodeJS.ProcessEnv,
): Child[] {
  const children: Child[] = [];
  if (plan.emulatorUrl) {
    children.push(
      tsxChild("stripe", "packages/payments/src/emulator/cli.ts", {
        ...baseEnv,
        ...plan.appEnv,
        PORT: String(env.STRIPE_EMULATOR_PORT),
        STRIPE_EMULATOR_WEBHOOK_URL: `${storefrontUrl}/webhooks/stripe`,
      }),
    );
  }
  if (plan.mailboxUrl) {
    children.push(
      tsxChild("mailbox", "packages/email/src/dev-mailbox/cli.ts", {
        ...baseEnv,
        DEV_MAILBOX_SMTP_PORT: String(env.DEV_MAILBOX_SMTP_PORT),
        DEV_MAILBOX_HTTP_PORT: String(env.DEV_MAILBOX_HTTP_PORT),
        DEV_MAILBOX_DIR: path.join(repoRoot, ".data", "mailbox"),
      }),
    );
  }
  return children;
}

export function startWorkerChild(plan: LocalServices, baseEnv: NodeJS.ProcessEnv): Child {
  return tsxChild("worker", "apps/worker/src/main.ts", { ...baseEnv, ...plan.appEnv });
}
