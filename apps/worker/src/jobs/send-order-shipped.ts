// The shipping email. Like the confirmation, a job runs at least once: the "shipped_email_sent" event
// is checked before sending and written after, so a retry after a failure sends it and a duplicate
// run after a success does not.
import { orders } from "@comptoir/core";
import type { Db } from "@comptoir/db";
import { renderOrderShipped, type Mailer } from "@comptoir/email";
import { accountOrderPath, checkoutConfirmationPath } from "@comptoir/i18n";

const SENT_EVENT = "shipped_email_sent";

export async function sendOrderShipped(
  db: Db,
  mailer: Mailer,
  input: { orderId: string; publicUrl: string },
): Promise<"sent" | "already_sent" | "not_shipped"> {
  const already = await db.orderEvent.count({ where: { orderId: input.orderId, type: SENT_EVENT } });
  if (already > 0) return "already_sent";
  const shipment = await orders.latestShipment(db, input.orderId);
  // The job is written with the "fulfilled" event, so this only happens to a hand-made job.
  if (!shipment) return "not_shipped";
  const order = await orders.getOrderSummary(db, { orderId: input.orderId });
  const links = await db.order.findUniqueOrThrow({
    where: { id: order.id },
    select: { userId: true, stripeCheckoutSessionId: true },
  });
  // A customer with an account follows the order there; a guest gets the confirmation page back.
  const path = links.userId
    ? accountOrderPath(order.locale, order.number)
    : links.stripeCheckoutSessionId
      ? checkoutConfirmationPath(order.locale, links.stripeCheckoutSessionId)
      : `/${order.locale}`;
  const email = renderOrderShipped(
    {
      orderNumber: order.number,
      customerName: order.shippingAddress.name ?? undefined,
      carrierName: shipment.carrierName,
      trackingNumber: shipment.trackingNumber,
      trackingUrl: shipment.trackingUrl,
      lines: order.lines.map((line) => ({
        productName: line.productName,
        variantName: line.variantName,
        quantity: line.quantity,
      })),
      orderUrl: new URL(path, input.publicUrl).toString(),
    },
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
