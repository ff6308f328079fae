import { ApiError } from "./api-error";
import { expireCheckoutSession } from "./checkout-sessions";
import type { EmulatorContext } from "./context";
import { NO_API_REQUEST } from "./context";

/**
 * Expires open sessions when their `expires_at` passes, as Stripe does on its own: one timer per open
 * session, re-armed whenever the emulator's clock is moved forward.
 */
export class ExpiryTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private ctx: EmulatorContext | null = null;

  constructor(private readonly onError: (error: unknown) => void) {}

  attach(ctx: EmulatorContext): void {
    this.ctx = ctx;
  }

  schedule(sessionId: string): void {
    const ctx = this.ctx;
    const session = ctx?.store.sessions.get(sessionId);
    clearTimeout(this.timers.get(sessionId));
    this.timers.delete(sessionId);
    if (!ctx || !session || session.status !== "open") return;
    const delayMs = Math.max(0, session.expires_at * 1000 - ctx.clock.nowMs());
    const timer = setTimeout(() => this.fire(sessionId), delayMs);
    // A pending expiry must not keep a process (or a test run) alive on its own.
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  rescheduleAll(): void {
    for (const sessionId of [...this.timers.keys()]) this.schedule(sessionId);
  }

  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private fire(sessionId: string): void {
    this.timers.delete(sessionId);
    const ctx = this.ctx;
    if (!ctx || ctx.store.sessions.get(sessionId)?.status !== "open") return;
    try {
      expireCheckoutSession(ctx, sessionId, NO_API_REQUEST);
    } catch (error) {
      if (!(error instanceof ApiError)) this.onError(error);
    }
  }
}
