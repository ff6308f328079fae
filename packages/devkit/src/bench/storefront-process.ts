// The storefront's production server, run as the image and `pnpm start` run it.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { repoRoot } from "@comptoir/db/embedded";
import { withServerProcessEnv } from "@comptoir/env";
import { startServerProcess, type RunningServer } from "./server-process";

export function startStorefront(databaseUrl: string): Promise<RunningServer> {
  return startServerProcess({
    name: "the storefront",
    app: path.join(repoRoot, "apps", "storefront"),
    // As the image and `pnpm start` run it (@comptoir/env's server process settings).
    env: withServerProcessEnv({
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      // Production refuses to start without its secrets and public address (see @comptoir/env).
      // The measured pages are catalog pages, which never call Stripe: values made up per run do.
      COOKIE_SECRET: randomBytes(36).toString("base64"),
      PUBLIC_URL: "https://shop.example",
      STRIPE_SECRET_KEY: `sk_test_${randomBytes(18).toString("hex")}`,
      STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(18).toString("hex")}`,
    }),
  });
}
