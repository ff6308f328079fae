// Checkout: the cart becomes a pending order (prices, names and address snapshotted, stock reserved,
// discount use counted) in one transaction, then a Stripe Checkout Session is opened for exactly the
// order's total. The shopper pays on Stripe's page; the webhook settles the order.
import type { Db, Locale } from "@comptoir/db";
import { checkoutSessionKey, type Stripe } from "@comptoir/payments";
import { ownedCartWhere } from "../cart/queries";
import { DomainError } from "../errors";
import { settleAbandoned } from "../orders/settle-payment";
import type { TransitionEffects } from "../orders/transition-order";
import { abandonPendingOrdersOfCart, expireSessionQuietly } from "./abandon-pending-orders";
import { createPendingOrder, type ShippingAddress } from "./create-pending-order";

/** How long stock stays held for a shopper on the payment page. Stripe's minimum session life. */
export const RESERVATION_MINUTES = 30;
const SESSION_GRACE_SECONDS = 120;

export interface StartCheckoutInput {
  /** The guest cart from the cookie; a logged-in customer's own cart is found by userId. */
  cartId: string | null;
  userId: string | null;
  locale: Locale;
  email: string;
  address: ShippingAddress;
  shippingRateId: string;
}

export interface StartCheckoutDeps {
  stripe: Stripe;
  effects: TransitionEffects;
  /** Where Stripe sends the shopper back; the app knows its localized URLs. */
  returnUrls: (order: { id: string; number: number }) => { successUrl: string; cancelUrl: string };
  now?: () => Date;
}

export interface StartedCheckout {
  orderId: string;
  orderNumber: number;
  /** The payment page to send the shopper to. */
  paymentUrl: string;
}

export async function startCheckout(
  db: Db,
  input: StartCheckoutInput,
  deps: StartCheckoutDeps,
): Promise<StartedCheckout> {
  const now = deps.now?.() ?? new Date();
  const where = ownedCartWhere(input);
  const owned = where ? await db.cart.findFirst({ where, select: { id: true } }) : null;
  if (!owned) throw new DomainError("CART_EMPTY");
  // A shopper back from the payment page (browser Back) or submitting twice: the earlier attempt is
  // given up first, its stock released, so it never holds units against the new one.
  await abandonPendingOrdersOfCart(db, owned.id, deps);

  const expiresAt = new Date(now.getTime() + RESERVATION_MINUTES * 60_000);
  const order = await createPendingOrder(db, { ...input, cartId: owned.id }, expiresAt);

  let session: Stripe.Checkout.Session;
  try {
    const { successUrl, cancelUrl } = deps.returnUrls(order);
    session = await deps.stripe.checkout.sessions.create(
      {
        mode: "payment",
        client_reference_id: order.id,
        customer_email: input.email,
        locale: input.locale,
        // One line for the whole order: its total is computed here, with our rounding, and Stripe
        // must charge exactly that (its own discount and tax engines would disagree by a cent).
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: order.currency.toLowerCase(),
              unit_amount: order.totalAmount,
              product_data: { name: order.paymentLabel },
            },
          },
        ],
        success_url: successUrl,
        cancel_url: cancelUrl,
        // Stripe wants at least 30 minutes from when it creates the session, counted to the second;
        // the reservation ends first, and reconciliation then closes the session before giving the
        // stock back.
        expires_at: Math.floor(expiresAt.getTime() / 1000) + SESSION_GRACE_SECONDS,
        metadata: { orderId: order.id, orderNumber: String(order.number) },
        payment_intent_data: { metadata: { orderId: order.id, orderNumber: String(order.number) } },
      },
      // Retries of this call (network, the SDK's own) can never open a second session for the order.
      { idempotencyKey: checkoutSessionKey(order.id) },
    );
  } catch (error) {
    await db.$transaction((tx) =>
      settleAbandoned(
        tx,
        { orderId: order.id, actor: "SYSTEM", type: "checkout_failed", source: "checkout" },
        deps.effects,
      ),
    );
    throw new DomainError("PAYMENT_UNAVAILABLE", error instanceof Error ? error.message : String(error));
  }
  if (!session.url) throw new DomainError("PAYMENT_UNAVAILABLE", "the session has no payment page");
  const claimed = await db.order.updateMany({
    where: { id: order.id, status: "PENDING" },
    data: { stripeCheckoutSessionId: session.id },
  });
  if (claimed.count === 0) {
    // A newer checkout of the same cart cancelled this order meanwhile: close its payment page.
    await expireSessionQuietly(deps.stripe, session.id);
    throw new DomainError("CART_CHANGED", `order ${order.id} was replaced`);
  }
  return { orderId: order.id, orderNumber: order.number, paymentUrl: session.url };
}
