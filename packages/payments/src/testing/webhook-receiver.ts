import { EventEmitter, once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  /** The body exactly as received, as a webhook route must verify it. */
  rawBody: string;
  signature: string | null;
  /** What the receiver answered. */
  status: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Resolves with the first request (past or future) that `match` accepts. */
  waitFor(match: (webhook: ReceivedWebhook) => boolean, timeoutMs?: number): Promise<ReceivedWebhook>;
  close(): Promise<void>;
}

/**
 * A real HTTP endpoint standing in for the storefront's webhook route in tests. It answers the given
 * statuses in turn (then 200), to exercise Stripe's retries.
 */
export async function startWebhookReceiver(options: { statuses?: number[] } = {}): Promise<WebhookReceiver> {
  const statuses = [...(options.statuses ?? [])];
  const received: ReceivedWebhook[] = [];
  const arrivals = new EventEmitter();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const status = statuses.shift() ?? 200;
      const header = req.headers["stripe-signature"];
      const webhook = {
        rawBody: Buffer.concat(chunks).toString("utf8"),
        signature: typeof header === "string" ? header : null,
        status,
      };
      received.push(webhook);
      res
        .writeHead(status, { "Content-Type": "application/json" })
        .end(JSON.stringify({ received: status < 300 }));
      arrivals.emit("webhook", webhook);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks/stripe`,
    received,
    async waitFor(match, timeoutMs = 5_000) {
      const found = received.find(match);
      if (found) return found;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          arrivals.off("webhook", listener);
          reject(new Error(`No matching webhook within ${timeoutMs} ms (received ${received.length})`));
        }, timeoutMs);
        const listener = (webhook: ReceivedWebhook) => {
          if (!match(webhook)) return;
          clearTimeout(timer);
          arrivals.off("webhook", listener);
          resolve(webhook);
        };
        arrivals.on("webhook", listener);
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** The event type of a received webhook, read without verifying it (tests verify where it matters). */
export function webhookType(webhook: ReceivedWebhook): string {
  return (JSON.parse(webhook.rawBody) as { type: string }).type;
}
