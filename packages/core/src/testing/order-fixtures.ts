// A pending order as checkout leaves it (items, stock reserved), for tests of what follows checkout.
import { randomUUID } from "node:crypto";
import type { Db } from "@comptoir/db";
import type { OrderJob, OrderJobSender } from "../orders/order-jobs";
import type { Tx } from "../transaction";
import { reserveStock } from "../orders/reservations";

export interface TestOrderInput {
  lines: { variantId: string; quantity: number; unitAmount: number }[];
  email?: string;
  cartId?: string | null;
  stripeCheckoutSessionId?: string | null;
  /** When the stock reservation ends; 30 minutes from now by default. */
  reservationExpiresAt?: Date;
  createdAt?: Date;
}

export async function createTestOrder(db: Db, input: TestOrderInput) {
  const subtotal = input.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
  return db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        email: input.email ?? `shopper-${randomUUID().slice(0, 8)}@example.com`,
        locale: "fr",
        currency: "EUR",
        pricesIncludeTax: true,
        shippingAddress: {
          name: "Camille Martin",
          line1: "1 rue de la Paix",
          city: "Paris",
          postalCode: "75002",
          country: "FR",
        },
        shippingMethod: { key: "standard", name: "Standard", amount: 0 },
        subtotalAmount: subtotal,
        discountAmount: 0,
        shippingAmount: 0,
        taxAmount: 0,
        totalAmount: subtotal,
        taxLines: [],
        cartId: input.cartId ?? null,
        stripeCheckoutSessionId:
          input.stripeCheckoutSessionId ?? `cs_test_${randomUUID().replaceAll("-", "")}`,
        ...(input.createdAt ? { createdAt: input.createdAt } : {}),
        items: {
          create: input.lines.map((line, position) => ({
            variantId: line.variantId,
            sku: `SKU-${position}`,
            productName: `Produit ${position}`,
            unitAmount: line.unitAmount,
            quantity: line.quantity,
            subtotalAmount: line.unitAmount * line.quantity,
            totalAmount: line.unitAmount * line.quantity,
            position,
          })),
        },
      },
      select: { id: true, number: true, stripeCheckoutSessionId: true, totalAmount: true },
    });
    const expiresAt = input.reservationExpiresAt ?? new Date(Date.now() + 30 * 60_000);
    await reserveStock(tx, order.id, input.lines, expiresAt);
    return order;
  });
}

/**
 * A job sender that remembers what it was asked instead of writing to the queue, for tests of core
 * alone; the queue, and jobs sent in a transaction, are tested in @comptoir/jobs and the API.
 */
export function recordingJobSender(): OrderJobSender & {
  sent: OrderJob[];
  /** Takes any job, like the API's sender (staff invitations, imports...). */
  sendInTransaction(tx: Tx, job: { name: string; data: unknown }): Promise<void>;
} {
  const sent: OrderJob[] = [];
  return {
    sent,
    async sendInTransaction(tx: Tx, job: { name: string; data: unknown }) {
      // Like the real sender, it uses the transaction: a closed one fails here too.
      await tx.$queryRaw`SELECT 1`;
      sent.push(job as OrderJob);
    },
  };
}
