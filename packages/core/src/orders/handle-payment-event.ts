// Stripe's webhook events, applied to orders. Stripe delivers each event at least once, possibly
// several times at once, and in no guaranteed order. So: the event is recorded by its id in the same
// transaction as its effects (a redelivery finds it and changes nothing; a concurrent duplicate waits
// on the id's unique index, then finds it), and every effect is settled from the state the event
// describes (./settle-payment.ts) rather than applied as a step.
import type { Db, Prisma } from "@comptoir/db";
import type { Stripe } from "@comptoir/payments";
import type { Tx } from "../transaction";
import { recordOrderEvent, type TransitionEffects } from "./transition-order";
import { settleAbandoned, settlePaid, settleRefunded } from "./settle-payment";

export type PaymentEventResult = "processed" | "duplicate" | "ignored";

export async function handlePaymentEvent(
  db: Db,
  event: Stripe.Event,
  effects: TransitionEffects,
): Promise<PaymentEventResult> {
  return db.$transaction(async (tx) => {
    const object = event.data.object as { id?: string };
    const inserted = await tx.$executeRaw`
      INSERT INTO "PaymentEvent" ("id", "type", "objectId", "providerAt", "payload")
      VALUES (${event.id}, ${event.type}, ${object.id ?? null}, ${new Date(event.created * 1000)},
              ${JSON.stringify(event)}::jsonb)
      ON CONFLICT ("id") DO NOTHING`;
    if (inserted === 0) return "duplicate";
    const handled = await apply(tx, event, effects);
    await tx.paymentEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
    return handled ? "processed" : "ignored";
  });
}

async function apply(tx: Tx, event: Stripe.Event, effects: TransitionEffects): Promise<boolean> {
  const source = `stripe:${event.id}`;
  const actor = "PAYMENT_PROVIDER" as const;
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      const orderId = await orderOfSession(tx, session);
      if (!orderId) return false;
      // A completed session with a delayed payment method is not paid yet: its own event follows.
      if (session.payment_status === "unpaid") return true;
      await settlePaid(
        tx,
        { orderId, paymentIntentId: idOf(session.payment_intent), actor, source },
        effects,
      );
      return true;
    }
    case "checkout.session.expired":
    case "checkout.session.async_payment_failed": {
      const orderId = await orderOfSession(tx, event.data.object);
      if (!orderId) return false;
      const type = event.type === "checkout.session.expired" ? "checkout_expired" : "payment_failed";
      await settleAbandoned(tx, { orderId, actor, type, source }, effects);
      return true;
    }
    case "payment_intent.payment_failed": {
      // The shopper may try another card on the same page: the order stays pending (its stock held)
      // until the session completes or expires. The timeline keeps the reason, never card details.
      const intent = event.data.object;
      const orderId = await orderOfPaymentIntent(tx, intent.id, intent.metadata);
      if (!orderId) return false;
      const failure = intent.last_payment_error;
      await recordOrderEvent(tx, {
        orderId,
        type: "payment_failed",
        actor,
        data: { source, code: failure?.code ?? null, declineCode: failure?.decline_code ?? null },
      });
      return true;
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const paymentIntentId = idOf(charge.payment_intent);
      const orderId = await orderOfPaymentIntent(tx, paymentIntentId, charge.metadata);
      if (!orderId) return false;
      // A refund can only follow a payment: if its news is late, the charge is proof enough.
      if (charge.paid) await settlePaid(tx, { orderId, paymentIntentId, actor, source }, effects);
      await settleRefunded(tx, { orderId, amountRefunded: charge.amount_refunded, actor, source }, effects);
      return true;
    }
    default:
      return false;
  }
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

async function orderOfSession(tx: Tx, session: Stripe.Checkout.Session): Promise<string | null> {
  const order = await tx.order.findFirst({
    where: {
      OR: [
        { stripeCheckoutSessionId: session.id },
        ...(session.client_reference_id ? [{ id: session.client_reference_id }] : []),
      ],
    },
    select: { id: true },
  });
  return order?.id ?? null;
}

async function orderOfPaymentIntent(
  tx: Tx,
  paymentIntentId: string | null,
  metadata: Prisma.JsonObject | Stripe.Metadata | null,
): Promise<string | null> {
  const metadataOrderId = typeof metadata?.orderId === "string" ? metadata.orderId : null;
  if (!paymentIntentId && !metadataOrderId) return null;
  const order = await tx.order.findFirst({
    where: {
      OR: [
        ...(paymentIntentId ? [{ stripePaymentIntentId: paymentIntentId }] : []),
        ...(metadataOrderId ? [{ id: metadataOrderId }] : []),
      ],
    },
    select: { id: true },
  });
  return order?.id ?? null;
}
