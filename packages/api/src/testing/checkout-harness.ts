// A shop's payment plumbing for API tests, all real: the Stripe emulator delivering signed webhooks
// to handleStripeWebhook over HTTP, and the pg-boss queue on the test database receiving the jobs.
import { createServer, type Server } from "node:http";
import type { Db } from "@comptoir/db";
import { createJobQueue, type JobQueue } from "@comptoir/jobs";
import { createStripe, type Stripe } from "@comptoir/payments";
import { startStripeEmulator, type StripeEmulator } from "@comptoir/payments/emulator";
import type { CommerceServices } from "../commerce";
import { queuedAccountEmails } from "../account-emails";
import { handleStripeWebhook } from "../http-stripe-webhook";
import { transactionalJobSender } from "../job-sender";

const SECRET = "whsec_api_checkout_tests";

export interface CheckoutHarness {
  emulator: StripeEmulator;
  stripe: Stripe;
  queue: JobQueue;
  commerce: () => Promise<CommerceServices>;
  webhookUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the webhook handler on a free port, the way the storefront's route does. `handling` holds
 * the deliveries being handled: a delivery the emulator gave up on (it stopped, or timed out) may
 * still be writing to the database, and the test's database must not be dropped under it.
 */
async function serveWebhooks(
  db: Db,
  commerce: () => Promise<CommerceServices>,
): Promise<{ server: Server; handling: Set<Promise<void>> }> {
  const handling = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = new Request(`http://localhost${req.url ?? "/"}`, {
        method: req.method,
        headers: Object.entries(req.headers).flatMap(([name, value]) =>
          typeof value === "string" ? [[name, value] as [string, string]] : [],
        ),
        body: req.method === "POST" ? Buffer.concat(chunks) : undefined,
      });
      const handled = handleStripeWebhook(request, { db, commerce }).then(async (response) => {
        res.writeHead(response.status, { "Content-Type": "application/json" }).end(await response.text());
      });
      handling.add(handled);
      void handled.finally(() => handling.delete(handled));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, handling };
}

export async function startCheckoutHarness(db: Db, databaseUrl: string): Promise<CheckoutHarness> {
  const queue = createJobQueue({ databaseUrl, pollingIntervalSeconds: 0.5 });
  await queue.start();
  let services: CommerceServices | null = null;
  const commerce = async () => {
    if (!services) throw new Error("the harness is not ready");
    return services;
  };
  const { server: webhooks, handling } = await serveWebhooks(db, commerce);
  const address = webhooks.address();
  const webhookUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/webhooks/stripe`;
  const emulator = await startStripeEmulator({
    webhookUrl,
    webhookSecret: SECRET,
    retryDelaysMs: [20, 50, 100],
  });
  const stripe = createStripe({ env: { NODE_ENV: "test", STRIPE_EMULATOR_URL: emulator.url } });
  services = {
    stripe,
    webhookSecret: SECRET,
    effects: { jobs: transactionalJobSender(queue) },
    accountEmails: queuedAccountEmails(queue),
  };
  return {
    emulator,
    stripe,
    queue,
    commerce,
    webhookUrl,
    async close() {
      await emulator.stop();
      // No new deliveries now; those under way finish before the database goes.
      await Promise.allSettled([...handling]);
      await new Promise((resolve) => webhooks.close(resolve));
      await queue.stop({ graceful: false, timeoutMs: 1_000 });
    },
  };
}
