import type { StripeEvent } from "./objects";
import { signatureHeader } from "./signing";

/** One POST of an event to the webhook endpoint. */
export interface DeliveryAttempt {
  eventId: string;
  eventType: string;
  /** 1 for the first try of a delivery, 2 for its first retry… */
  attempt: number;
  /** True for deliveries started by `redeliver()`, like "Resend" in Stripe's Dashboard. */
  redelivery: boolean;
  /** When it was sent (milliseconds since the epoch). */
  sentAt: number;
  /** The endpoint's HTTP status, or null when it could not be reached or did not answer in time. */
  status: number | null;
  ok: boolean;
  error: string | null;
}

export interface WebhookDeliveryOptions {
  url: string;
  secret: string;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs: readonly number[];
  timeoutMs: number;
  /** Event types sent to the endpoint (as selected on a Stripe endpoint), or "*" for all. */
  enabledEvents: readonly string[] | "*";
  onAttempt?: (attempt: DeliveryAttempt) => void;
}

/**
 * Sends events to the webhook endpoint the way Stripe does: a JSON POST signed with the endpoint's
 * secret, retried with growing delays while the endpoint answers anything but 2xx or cannot be reached.
 * Each event is delivered on its own, so events can arrive out of order, as they can from Stripe.
 */
export class WebhookDelivery {
  private readonly attempts: DeliveryAttempt[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  private readonly controllers = new Set<AbortController>();
  private closed = false;

  constructor(private readonly options: WebhookDeliveryOptions) {}

  wants(type: string): boolean {
    return this.options.enabledEvents === "*" || this.options.enabledEvents.includes(type);
  }

  /** Starts delivering an event in the background (nothing is sent for types the endpoint does not want). */
  dispatch(event: StripeEvent): void {
    if (this.wants(event.type)) this.track(this.deliver(event, false));
  }

  /** Delivers an event again, with retries, whatever its type; resolves with the attempts made. */
  redeliver(event: StripeEvent): Promise<DeliveryAttempt[]> {
    return this.track(this.deliver(event, true));
  }

  deliveries(): DeliveryAttempt[] {
    return this.attempts.map((attempt) => ({ ...attempt }));
  }

  /** Resolves once no delivery is in flight or waiting for a retry. */
  async waitForIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Abandons pending retries and requests in flight. */
  close(): void {
    this.closed = true;
    for (const controller of this.controllers) controller.abort();
    for (const sleeper of this.sleepers) {
      clearTimeout(sleeper.timer);
      sleeper.wake();
    }
    this.sleepers.clear();
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.running.add(promise);
    void promise.finally(() => this.running.delete(promise)).catch(() => undefined);
    return promise;
  }

  private async deliver(event: StripeEvent, redelivery: boolean): Promise<DeliveryAttempt[]> {
    const made: DeliveryAttempt[] = [];
    // Stripe sends the event as it was when it happened, pretty-printed; the signature covers these bytes.
    const payload = JSON.stringify(event, null, 2);
    for (let attempt = 1; !this.closed; attempt += 1) {
      const result = await this.send(event, payload, attempt, redelivery);
      made.push(result);
      this.attempts.push(result);
      this.options.onAttempt?.(result);
      const delay = this.options.retryDelaysMs[attempt - 1];
      if (result.ok || delay === undefined) break;
      await this.sleep(delay);
    }
    return made;
  }

  private async send(
    event: StripeEvent,
    payload: string,
    attempt: number,
    redelivery: boolean,
  ): Promise<DeliveryAttempt> {
    const sentAt = Date.now();
    const base = { eventId: event.id, eventType: event.type, attempt, redelivery, sentAt };
    const controller = new AbortController();
    this.controllers.add(controller);
    try {
      const response = await fetch(this.options.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Stripe-Signature": signatureHeader(payload, this.options.secret),
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body: payload,
        // Stripe does not follow redirects: a 3xx is a failed delivery.
        redirect: "manual",
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await response.arrayBuffer();
      const ok = response.status >= 200 && response.status < 300;
      return { ...base, status: response.status, ok, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      return {
        ...base,
        status: null,
        ok: false,
        error: cause instanceof Error ? cause.message : String(cause),
      };
    } finally {
      this.controllers.delete(controller);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const sleeper = {
        wake: () => {
          this.sleepers.delete(sleeper);
          resolve();
        },
        timer: setTimeout(() => sleeper.wake(), ms),
      };
      this.sleepers.add(sleeper);
    });
  }
}
