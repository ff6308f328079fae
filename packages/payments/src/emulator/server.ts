import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { PaymentsConfigError } from "../config-error";
import { type PaymentsEnv, readPaymentsEnv } from "../env";
import { handleApiRequest } from "./api";
import { Clock } from "./clock";
import type { EmulatorContext } from "./context";
import { type DeliveryAttempt, WebhookDelivery } from "./delivery";
import { ExpiryTimers } from "./expiry";
import { handleHostedPage } from "./hosted-page/routes";
import { IdempotencyCache } from "./idempotency-cache";
import type { CheckoutSession, StripeEvent } from "./objects";
import { Store } from "./store";

/** The events docs/payments.md asks to enable on the Stripe endpoint; the emulator sends the same. */
export const DEFAULT_ENABLED_EVENTS = [
  "checkout.session.completed",
  "checkout.session.expired",
  "payment_intent.payment_failed",
  "charge.refunded",
] as const;

/** A shortened version of Stripe's schedule (Stripe keeps trying for three days). */
export const DEFAULT_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000] as const;

export interface StripeEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; loopback by default, as this is a development tool. */
  host?: string;
  /** Where signed events are POSTed: the storefront's `/webhooks/stripe`. */
  webhookUrl: string;
  /** The endpoint's signing secret (whsec_…), the one the webhook route verifies with. */
  webhookSecret: string;
  /** Base URL browsers use to reach the emulator (hosted page links); defaults to the listening address. */
  publicUrl?: string;
  /** Waits before each delivery retry (tests use a few milliseconds). */
  retryDelaysMs?: readonly number[];
  deliveryTimeoutMs?: number;
  /** Event types sent to the webhook, or "*" for every type (all are recorded either way). */
  enabledEvents?: readonly string[] | "*";
  onDelivery?: (attempt: DeliveryAttempt) => void;
  /** Unexpected failures inside the emulator; console.error by default. */
  onError?: (error: unknown) => void;
}

export interface StripeEmulator {
  /** Base URL of the API and hosted pages, e.g. http://127.0.0.1:12111 (STRIPE_EMULATOR_URL). */
  url: string;
  stop(): Promise<void>;
  /** Every event so far, oldest first. */
  events(): StripeEvent[];
  /** Every delivery attempt so far, oldest first. */
  deliveries(): DeliveryAttempt[];
  /** Sends an event to the webhook again (with retries), like "Resend" in the Dashboard. */
  redeliver(eventId: string): Promise<DeliveryAttempt[]>;
  /** Resolves when no delivery is in flight or waiting for a retry. */
  waitForIdle(): Promise<void>;
  /** Moves the emulator's clock forward; sessions whose `expires_at` is passed expire at once. */
  advanceClock(seconds: number): void;
  /** The next `count` POSTs take effect but their responses are lost (the connection is cut). */
  simulateNetworkFailures(count: number): void;
  checkoutSessions(): CheckoutSession[];
}

/** Throws when the environment is production: nothing there may pretend to be Stripe. */
export function assertEmulatorAllowed(env: PaymentsEnv = readPaymentsEnv()): void {
  if (env.NODE_ENV === "production") {
    throw new PaymentsConfigError(
      "The Stripe emulator is for development and tests and does not run with NODE_ENV=production. Set STRIPE_SECRET_KEY to take payments through Stripe (docs/payments.md).",
    );
  }
}

function httpUrl(value: string, name: string): URL {
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new TypeError(`${name} must be an http(s) URL`);
  return url;
}

/** Starts a local, in-memory, Stripe-compatible API with a hosted checkout page and signed webhooks. */
export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  assertEmulatorAllowed();
  httpUrl(options.webhookUrl, "webhookUrl");
  if (!options.webhookSecret.startsWith("whsec_"))
    throw new TypeError("webhookSecret must start with whsec_");
  const onError = options.onError ?? ((error: unknown) => console.error("[stripe-emulator]", error));

  const store = new Store();
  const clock = new Clock();
  const expiry = new ExpiryTimers(onError);
  const delivery = new WebhookDelivery({
    url: options.webhookUrl,
    secret: options.webhookSecret,
    retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: options.deliveryTimeoutMs ?? 10_000,
    enabledEvents: options.enabledEvents ?? DEFAULT_ENABLED_EVENTS,
    onAttempt: options.onDelivery,
  });
  const ctx: EmulatorContext = {
    store,
    clock,
    publicUrl: "",
    publish(event) {
      event.pending_webhooks = delivery.wants(event.type) ? 1 : 0;
      delivery.dispatch(event);
    },
    scheduleExpiry: (sessionId) => expiry.schedule(sessionId),
  };
  expiry.attach(ctx);
  const api = { ctx, idempotency: new IdempotencyCache(), faults: { remaining: 0 }, onError };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    if (url.pathname.startsWith("/v1/")) return handleApiRequest(api, req, res, url);
    if (await handleHostedPage(ctx, req, res, url)) return;
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // Listening on every interface is fine; a browser still needs an address it can open.
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const url = `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
  ctx.publicUrl = (options.publicUrl ? httpUrl(options.publicUrl, "publicUrl").href : url).replace(/\/$/, "");

  return {
    url,
    async stop() {
      delivery.close();
      expiry.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    events: () => [...store.events.values()].map((event) => structuredClone(event)),
    deliveries: () => delivery.deliveries(),
    redeliver(eventId) {
      const event = store.events.get(eventId);
      if (!event) return Promise.reject(new Error(`No such event: ${eventId}`));
      return delivery.redeliver(event);
    },
    waitForIdle: () => delivery.waitForIdle(),
    advanceClock(seconds) {
      clock.advance(seconds);
      expiry.rescheduleAll();
    },
    simulateNetworkFailures(count) {
      api.faults.remaining = count;
    },
    checkoutSessions: () => [...store.sessions.values()].map((session) => structuredClone(session)),
  };
}
