// The safety net under webhooks: a pending order whose news never came (endpoint down, event lost,
// shopper who closed the tab) is settled by asking Stripe directly. It also ends checkouts whose stock
// reservation has run out: the session is expired at Stripe first, so that no payment can complete
// afterwards for units already back on sale.
import type { Db } from "@comptoir/db";
import type { Stripe } from "@comptoir/payments";
import { settleAbandoned, settlePaid, type SettleOutcome } from "./settle-payment";
import type { TransitionEffects } from "./transition-order";

export interface ReconcileOptions {
  stripe: Stripe;
  effects: TransitionEffects;
  now?: Date;
  /** Pending orders younger than this are left to their webhook. */
  graceMs?: number;
  limit?: number;
}

export interface ReconcileReport {
  checked: number;
  paid: number;
  cancelled: number;
  needsAttention: number;
}

const DEFAULT_GRACE_MS = 5 * 60_000;

export async function reconcilePendingOrders(db: Db, options: ReconcileOptions): Promise<ReconcileReport> {
  const now = options.now ?? new Date();
  const graceLimit = new Date(now.getTime() - (options.graceMs ?? DEFAULT_GRACE_MS));
  const orders = await db.order.findMany({
    where: {
      status: "PENDING",
      OR: [
        { createdAt: { lt: graceLimit } },
        { reservations: { some: { state: "ACTIVE", expiresAt: { lt: now } } } },
      ],
    },
    select: {
      id: true,
      stripeCheckoutSessionId: true,
      reservations: { where: { state: "ACTIVE" }, select: { expiresAt: true } },
    },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 100,
  });
  const report: ReconcileReport = { checked: orders.length, paid: 0, cancelled: 0, needsAttention: 0 };
  for (const order of orders) {
    const reservationOver = order.reservations.some((reservation) => reservation.expiresAt < now);
    const outcome = await reconcileOne(db, order.id, order.stripeCheckoutSessionId, reservationOver, options);
    if (outcome.kind === "paid") report.paid += outcome.result === "changed" ? 1 : 0;
    if (outcome.kind === "cancelled") report.cancelled += outcome.result === "changed" ? 1 : 0;
    if (outcome.result === "needs_attention") report.needsAttention += 1;
  }
  return report;
}

type Outcome = { kind: "paid" | "cancelled" | "open"; result: SettleOutcome };

async function reconcileOne(
  db: Db,
  orderId: string,
  sessionId: string | null,
  reservationOver: boolean,
  { stripe, effects }: ReconcileOptions,
): Promise<Outcome> {
  const source = "reconciliation";
  const cancel = async (type: string): Promise<Outcome> => ({
    kind: "cancelled",
    result: await db.$transaction((tx) =>
      settleAbandoned(tx, { orderId, actor: "SYSTEM", type, source }, effects),
    ),
  });
  const pay = async (session: Stripe.Checkout.Session): Promise<Outcome> => {
    const paymentIntentId =
      typeof session.payment_intent === "string"
        ? session.payment_intent
        : (session.payment_intent?.id ?? null);
    return {
      kind: "paid",
      result: await db.$transaction((tx) =>
        settlePaid(tx, { orderId, paymentIntentId, actor: "SYSTEM", source }, effects),
      ),
    };
  };

  // The session was never created (the provider failed at checkout): nothing can pay this order.
  if (!sessionId) return cancel("checkout_failed");
  let session = await stripe.checkout.sessions.retrieve(sessionId);
  if (session.status === "open" && reservationOver) {
    try {
      session = await stripe.checkout.sessions.expire(sessionId);
    } catch {
      // Completed meanwhile (Stripe refuses to expire a complete session): read what it became.
      session = await stripe.checkout.sessions.retrieve(sessionId);
    }
  }
  if (session.status === "complete" && session.payment_status !== "unpaid") return pay(session);
  if (session.status === "expired") return cancel("checkout_expired");
  return { kind: "open", result: "unchanged" };
}
