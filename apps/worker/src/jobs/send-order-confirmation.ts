// The order confirmation email. A job runs at least once: the "confirmation_email_sent" event on the
// order is checked before sending and written after, so a retry after a failure sends it, and a
// duplicate run after a success does not. (A crash between the SMTP answer and that write would send
// a second copy: at-least-once, the usual bargain of mail.)
import { orders } from "@comptoir/core";
import type { Db } from "@comptoir/db";
import { renderOrderConfirmation, type Mailer, type OrderConfirmationData } from "@comptoir/email";
import { checkoutConfirmationPath } from "@comptoir/i18n";

const SENT_EVENT = "confirmation_email_sent";

export async function sendOrderConfirmation(
  db: Db,
  mailer: Mailer,
  input: { orderId: string; publicUrl: string },
): Promise<"sent" | "already_sent"> {
  const already = await db.orderEvent.count({ where: { orderId: input.orderId, type: SENT_EVENT } });
  if (already > 0) return "already_sent";
  const order = await orders.getOrderSummary(db, { orderId: input.orderId });
  const sessionId = await db.order.findUniqueOrThrow({
    where: { id: order.id },
    select: { stripeCheckoutSessionId: true },
  });
  const path = sessionId.stripeCheckoutSessionId
    ? checkoutConfirmationPath(order.locale, sessionId.stripeCheckoutSessionId)
    : `/${order.locale}`;
  const email = renderOrderConfirmation(
    toEmailData(order, new URL(path, input.publicUrl).toString()),
    order.locale,
  );
  const sent = await mailer.send({
    to: order.email,
    subject: email.subject,
    html: email.html,
    text: email.text,
  });
  await db.orderEvent.create({
    data: { orderId: order.id, type: SENT_EVENT, actor: "SYSTEM", data: { messageId: sent.messageId } },
  });
  return "sent";
}

function toEmailData(order: orders.OrderSummary, orderUrl: string): OrderConfirmationData {
  const address = order.shippingAddress;
  return {
    orderNumber: order.number,
    placedAt: order.createdAt,
    customerName: address.name ?? undefined,
    currency: order.currency,
    lines: order.lines.map((line) => ({
      productName: line.productName,
      variantName: line.variantName,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      totalAmount: line.totalAmount,
    })),
    subtotalAmount: order.totals.subtotal,
    discountAmount: order.totals.discount,
    discountCode: order.discountCode,
    shippingAmount: order.totals.shipping,
    shippingMethodName: order.shippingMethod.name,
    taxLines: order.totals.taxLines,
    pricesIncludeTax: order.pricesIncludeTax,
    totalAmount: order.totals.total,
    shippingAddress: {
      name: address.name ?? "",
      line1: address.line1 ?? "",
      line2: address.line2 ?? undefined,
      postalCode: address.postalCode ?? "",
      city: address.city ?? "",
      region: address.region ?? undefined,
      country: address.country ?? "",
    },
    orderUrl,
  };
}
