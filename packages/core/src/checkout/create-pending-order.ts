// The transaction at the heart of checkout: price the cart from the database (nothing the browser
// sent about prices is used), write the order with its snapshot, hold the stock, count the discount.
import type { Db, Prisma } from "@comptoir/db";
import { priceCart } from "../cart/price-cart";
import { DomainError } from "../errors";
import { reserveStock } from "../orders/reservations";
import { recordOrderEvent } from "../orders/transition-order";
import type { Tx } from "../transaction";
import type { StartCheckoutInput } from "./start-checkout";

export interface ShippingAddress {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
  region?: string | null;
  phone?: string | null;
}

export interface PendingOrder {
  id: string;
  number: number;
  currency: string;
  totalAmount: number;
  /** What the payment page shows, in the shopper's language. */
  paymentLabel: string;
}

const PAYMENT_LABEL = { fr: "Commande n° {number}", en: "Order #{number}" } as const;

export async function createPendingOrder(
  db: Db,
  input: StartCheckoutInput & { cartId: string },
  reservationExpiresAt: Date,
): Promise<PendingOrder> {
  return db.$transaction(async (tx) => {
    // priceCart locks the cart row: a double submit waits here until the first checkout commits.
    const priced = await priceCart(tx, {
      cartId: input.cartId,
      userId: input.userId,
      locale: input.locale,
      email: input.email,
      destination: { country: input.address.country, region: input.address.region ?? null },
      shippingRateId: input.shippingRateId,
    });
    if (priced.lines.length === 0) throw new DomainError("CART_EMPTY");
    if (!priced.shippingMethod) throw new DomainError("SHIPPING_METHOD_INVALID");

    const order = await tx.order.create({
      data: {
        userId: input.userId,
        cartId: input.cartId,
        email: input.email,
        locale: input.locale,
        currency: priced.currency,
        pricesIncludeTax: priced.pricesIncludeTax,
        shippingAddress: { ...input.address } as Prisma.InputJsonObject,
        shippingMethod: { ...priced.shippingMethod } as Prisma.InputJsonObject,
        discountCode: priced.discount?.code ?? null,
        subtotalAmount: priced.totals.subtotal,
        discountAmount: priced.totals.discount,
        shippingAmount: priced.totals.shipping ?? 0,
        taxAmount: priced.totals.tax,
        totalAmount: priced.totals.total,
        taxLines: priced.totals.taxLines.map((line) => ({ ...line })) as Prisma.InputJsonArray,
        items: {
          create: priced.lines.map((line, position) => ({
            variantId: line.variantId,
            productId: line.productId,
            sku: line.sku,
            productName: line.productName,
            variantName: line.variantName,
            unitAmount: line.unitAmount,
            quantity: line.quantity,
            subtotalAmount: line.subtotal,
            discountAmount: line.discount,
            taxAmount: line.tax,
            totalAmount: line.total,
            position,
          })),
        },
      },
      select: { id: true, number: true, currency: true, totalAmount: true },
    });
    await reserveStock(tx, order.id, priced.lines, reservationExpiresAt);
    if (priced.discount) await redeemDiscount(tx, priced.discount.id, order.id, input);
    await recordOrderEvent(tx, {
      orderId: order.id,
      type: "order_created",
      toStatus: "PENDING",
      actor: input.userId ? "CUSTOMER" : "SYSTEM",
      actorId: input.userId,
    });
    return {
      ...order,
      paymentLabel: PAYMENT_LABEL[input.locale].replace("{number}", String(order.number)),
    };
  });
}

/**
 * Counts one use of the code. The conditional UPDATE both enforces the overall limit and locks the
 * code's row, so the per-customer count that follows cannot race another checkout with the same code.
 */
async function redeemDiscount(
  tx: Tx,
  discountCodeId: string,
  orderId: string,
  input: Pick<StartCheckoutInput, "email" | "userId">,
) {
  const taken = await tx.$executeRaw`
    UPDATE "DiscountCode" SET "timesUsed" = "timesUsed" + 1, "updatedAt" = now()
    WHERE "id" = ${discountCodeId} AND ("usageLimit" IS NULL OR "timesUsed" < "usageLimit")`;
  if (taken === 0) throw new DomainError("DISCOUNT_USAGE_LIMIT");
  const code = await tx.discountCode.findUniqueOrThrow({
    where: { id: discountCodeId },
    select: { perCustomerLimit: true },
  });
  if (code.perCustomerLimit !== null) {
    const uses = await tx.discountRedemption.count({
      where: {
        discountCodeId,
        OR: [{ email: input.email }, ...(input.userId ? [{ userId: input.userId }] : [])],
      },
    });
    if (uses >= code.perCustomerLimit) throw new DomainError("DISCOUNT_CUSTOMER_LIMIT");
  }
  await tx.discountRedemption.create({
    data: { discountCodeId, orderId, email: input.email, userId: input.userId },
    select: { id: true },
  });
}
