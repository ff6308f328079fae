// Ending unpaid orders on the shopper's behalf: before a cart opens a new checkout, and when the
// shopper comes back from the payment page without paying. The payment page is closed at Stripe
// first; if it was paid meanwhile, the order is settled as paid instead, so no payment is ever lost.
import type { Db } from "@comptoir/db";
import type { Stripe } from "@comptoir/payments";
import { ownedCartWhere } from "../cart/queries";
import { settleAbandoned, settlePaid } from "../orders/settle-payment";
import type { TransitionEffects } from "../orders/transition-order";

interface Deps {
  stripe: Stripe;
  effects: TransitionEffects;
}

export async function abandonPendingOrdersOfCart(db: Db, cartId: string, deps: Deps): Promise<void> {
  const pending = await db.order.findMany({
    where: { cartId, status: "PENDING" },
    select: { id: true, stripeCheckoutSessionId: true },
  });
  for (const order of pending) await abandonOrder(db, order, "checkout_restarted", deps);
}

/**
 * The shopper left the payment page ("back to the shop"): their pending order of that cart ends and
 * its stock goes back on sale. Only an order of the shopper's own cart; anything else is a no-op.
 */
export async function cancelCheckout(
  db: Db,
  input: { orderId: string; cartId?: string | null; userId?: string | null },
  deps: Deps,
): Promise<void> {
  const cart = ownedCartWhere(input);
  if (!cart) return;
  const order = await db.order.findFirst({
    where: { id: input.orderId, status: "PENDING", cart },
    select: { id: true, stripeCheckoutSessionId: true },
  });
  if (order) await abandonOrder(db, order, "checkout_cancelled", deps);
}

async function abandonOrder(
  db: Db,
  order: { id: string; stripeCheckoutSessionId: string | null },
  type: string,
  deps: Deps,
): Promise<void> {
  const session = order.stripeCheckoutSessionId
    ? await expireSessionQuietly(deps.stripe, order.stripeCheckoutSessionId)
    : null;
  if (session?.status === "complete" && session.payment_status !== "unpaid") {
    const paymentIntentId =
      typeof session.payment_intent === "string"
        ? session.payment_intent
        : (session.payment_intent?.id ?? null);
    await db.$transaction((tx) =>
      settlePaid(tx, { orderId: order.id, paymentIntentId, actor: "SYSTEM", source: type }, deps.effects),
    );
    return;
  }
  await db.$transaction((tx) =>
    settleAbandoned(tx, { orderId: order.id, actor: "CUSTOMER", type, source: type }, deps.effects),
  );
}

/** Expires a session; returns what it is now (complete, if it was paid just before), null if unknown. */
export async function expireSessionQuietly(
  stripe: Stripe,
  sessionId: string,
): Promise<Stripe.Checkout.Session | null> {
  try {
    return await stripe.checkout.sessions.expire(sessionId);
  } catch {
    // Not open any more (paid or already expired): read its state instead.
    try {
      return await stripe.checkout.sessions.retrieve(sessionId);
    } catch {
      return null;
    }
  }
}
