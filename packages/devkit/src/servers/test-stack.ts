import { cloneTemplate, dropDatabase, provideTestServer } from "@comptoir/db/testing/server";
import { ensureSeededTemplate } from "./seeded-template";
import { startCommerceServices, type CommerceServices } from "./commerce-services";
import { startBuiltApp, type AppName, type RunningApp } from "./start-built-app";

export interface TestStack {
  databaseUrl: string;
  apps: Partial<Record<AppName, RunningApp>>;
  /** The payment emulator, mailbox and worker, when asked for (`commerce: true`). */
  commerce: CommerceServices | null;
  stop(): Promise<void>;
}

/**
 * A throw-away copy of the shop for black-box tests: a fresh migrated database on the test server,
 * the demo data seeded into it, and the production builds of the requested apps pointed at it.
 */
export async function startTestStack(options: {
  apps: AppName[];
  label: string;
  /** Start the Stripe emulator, the dev mailbox and the worker beside the storefront. */
  commerce?: boolean;
}): Promise<TestStack> {
  const server = await provideTestServer();
  const cleanups: (() => Promise<void>)[] = [() => server.stop()];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const template = await ensureSeededTemplate(server.serverUrl);
    const database = await cloneTemplate(server.serverUrl, template, options.label);
    cleanups.push(() => dropDatabase(server.serverUrl, database.name));
    const commerce = options.commerce ? await startCommerceServices() : null;
    if (commerce) cleanups.push(() => commerce.stop());
    const apps: TestStack["apps"] = {};
    for (const name of options.apps) {
      // Both apps talk to the payment emulator (checkout, refunds); its webhooks reach the storefront.
      const app = await startBuiltApp(
        name,
        { DATABASE_URL: database.url, ...(commerce ? commerce.storefrontEnv : {}) },
        commerce && name === "storefront" ? { port: commerce.storefrontPort } : {},
      );
      apps[name] = app;
      cleanups.push(() => app.stop());
    }
    // The worker links its emails to the storefront; an admin-only stack still needs it for staff
    // invitations, whose jobs carry the admin's own address.
    const publicUrl = apps.storefront?.url ?? apps.admin?.url;
    if (commerce && publicUrl) await commerce.startWorker(database.url, publicUrl);
    return { databaseUrl: database.url, apps, commerce, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
