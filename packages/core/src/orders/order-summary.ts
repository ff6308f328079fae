// An order as the shopper sees it (confirmation page, confirmation email): the snapshot taken at
// checkout, never today's catalog. A DTO, not Prisma's row.
import type { Locale, OrderStatus } from "@comptoir/db";
import { DomainError } from "../errors";
import type { DbOrTx } from "../transaction";

export interface OrderSummaryLine {
  sku: string;
  productName: string;
  variantName: string;
  unitAmount: number;
  quantity: number;
  totalAmount: number;
}

export interface OrderSummary {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  locale: Locale;
  currency: string;
  createdAt: Date;
  paidAt: Date | null;
  pricesIncludeTax: boolean;
  lines: OrderSummaryLine[];
  totals: {
    subtotal: number;
    discount: number;
    shipping: number;
    tax: number;
    total: number;
    refunded: number;
    taxLines: { code: string; ratePpm: number; amount: number }[];
  };
  discountCode: string | null;
  shippingAddress: Record<string, string | null>;
  shippingMethod: { name: string; minDays: number | null; maxDays: number | null };
}

/** By the order's id, or by the Stripe Checkout Session the shopper comes back from. */
export type OrderRef = { orderId: string } | { checkoutSessionId: string };

export async function getOrderSummary(db: DbOrTx, ref: OrderRef): Promise<OrderSummary> {
  const order = await db.order.findFirst({
    where: "orderId" in ref ? { id: ref.orderId } : { stripeCheckoutSessionId: ref.checkoutSessionId },
    select: {
      id: true,
      number: true,
      status: true,
      email: true,
      locale: true,
      currency: true,
      createdAt: true,
      paidAt: true,
      pricesIncludeTax: true,
      subtotalAmount: true,
      discountAmount: true,
      shippingAmount: true,
      taxAmount: true,
      totalAmount: true,
      refundedAmount: true,
      taxLines: true,
      discountCode: true,
      shippingAddress: true,
      shippingMethod: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          sku: true,
          productName: true,
          variantName: true,
          unitAmount: true,
          quantity: true,
          totalAmount: true,
        },
      },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND", "order");
  const method = order.shippingMethod as { name?: string; minDays?: number | null; maxDays?: number | null };
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    email: order.email,
    locale: order.locale,
    currency: order.currency,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    pricesIncludeTax: order.pricesIncludeTax,
    lines: order.items,
    totals: {
      subtotal: order.subtotalAmount,
      discount: order.discountAmount,
      shipping: order.shippingAmount,
      tax: order.taxAmount,
      total: order.totalAmount,
      refunded: order.refundedAmount,
      taxLines: order.taxLines as OrderSummary["totals"]["taxLines"],
    },
    discountCode: order.discountCode,
    shippingAddress: order.shippingAddress as Record<string, string | null>,
    shippingMethod: {
      name: method.name ?? "",
      minDays: method.minDays ?? null,
      maxDays: method.maxDays ?? null,
    },
  };
}
