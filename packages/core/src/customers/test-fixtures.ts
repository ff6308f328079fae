// Builders for the account's integration tests (core and API): a customer's order as checkout and
// the payment webhook leave it, and a saved address. Defaults are valid and unique.
import type { Db } from "@comptoir/db";
import { recordOrderEvent } from "../orders/transition-order";
import { settlePaid } from "../orders/settle-payment";
import { createTestProduct } from "../testing/catalog-fixtures";
import { createTestOrder, recordingJobSender } from "../testing/order-fixtures";

export interface CustomerOrderInput {
  userId: string;
  email: string;
  /** Paid through the state machine (events order_created, payment_succeeded); pending otherwise. */
  paid?: boolean;
  /** Units of each line; one line of 2 units by default. */
  quantities?: number[];
  unitAmount?: number;
  createdAt?: Date;
}

export async function createCustomerOrder(db: Db, input: CustomerOrderInput) {
  const quantities = input.quantities ?? [2];
  const product = await createTestProduct(db, { variants: quantities.map(() => ({ stock: 50 })) });
  const order = await createTestOrder(db, {
    email: input.email,
    createdAt: input.createdAt,
    lines: quantities.map((quantity, index) => ({
      variantId: product.variantIds[index] ?? "",
      quantity,
      unitAmount: input.unitAmount ?? 1500,
    })),
  });
  await db.$transaction(async (tx) => {
    await tx.order.update({
      where: { id: order.id },
      data: {
        userId: input.userId,
        shippingAddress: {
          name: "Camille Martin",
          line1: "1 rue de la Paix",
          line2: "Bâtiment B",
          city: "Paris",
          postalCode: "75002",
          country: "FR",
          region: null,
          phone: "+33 6 12 34 56 78",
        },
      },
      select: { id: true },
    });
    await recordOrderEvent(tx, {
      orderId: order.id,
      type: "order_created",
      toStatus: "PENDING",
      actor: "CUSTOMER",
      actorId: input.userId,
    });
    if (input.paid) {
      await settlePaid(
        tx,
        {
          orderId: order.id,
          paymentIntentId: `pi_test_${order.id}`,
          actor: "PAYMENT_PROVIDER",
          source: "evt_test",
        },
        { jobs: recordingJobSender() },
      );
    }
  });
  return order;
}

export async function createSavedAddress(
  db: Db,
  userId: string,
  input: { name?: string; isDefaultShipping?: boolean; isDefaultBilling?: boolean } = {},
) {
  return db.address.create({
    data: {
      userId,
      name: input.name ?? "Camille Martin",
      line1: "1 rue de la Paix",
      postalCode: "75002",
      city: "Paris",
      country: "FR",
      isDefaultShipping: input.isDefaultShipping ?? false,
      isDefaultBilling: input.isDefaultBilling ?? false,
    },
    select: { id: true },
  });
}
