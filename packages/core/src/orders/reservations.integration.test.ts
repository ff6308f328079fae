import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestOrder, createTestProduct } from "../testing";
import { consumeReservations, releaseReservations } from "./reservations";

describe("stock reservations", () => {
  const database = useTestDatabase("reservations");

  async function variantWithStock(stock: number) {
    const product = await createTestProduct(database.db, { variants: [{ stock, priceAmount: 1200 }] });
    return product.variantIds[0]!;
  }

  const stockOf = async (variantId: string) =>
    (await database.db.variant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true } }))
      .stock;

  it("lets exactly one of 50 concurrent checkouts take the last unit, never below zero", async () => {
    const variantId = await variantWithStock(1);
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        createTestOrder(database.db, { lines: [{ variantId, quantity: 1, unitAmount: 1200 }] }),
      ),
    );
    const won = attempts.filter((attempt) => attempt.status === "fulfilled");
    const lost = attempts.filter((attempt) => attempt.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.every((attempt) => isDomainError(attempt.reason, "INSUFFICIENT_STOCK"))).toBe(true);
    expect(await stockOf(variantId)).toBe(0);
    expect(await database.db.stockReservation.count({ where: { variantId } })).toBe(1);
    // The losers' orders were rolled back with their reservation attempt.
    expect(await database.db.orderItem.count({ where: { variantId } })).toBe(1);
  });

  it("reserves every line or none", async () => {
    const plenty = await variantWithStock(10);
    const scarce = await variantWithStock(1);
    await expect(
      createTestOrder(database.db, {
        lines: [
          { variantId: plenty, quantity: 3, unitAmount: 500 },
          { variantId: scarce, quantity: 2, unitAmount: 500 },
        ],
      }),
    ).rejects.toSatisfy((error) => isDomainError(error, "INSUFFICIENT_STOCK"));
    expect(await stockOf(plenty)).toBe(10);
    expect(await stockOf(scarce)).toBe(1);
  });

  it("gives units back once when released, and keeps them sold once consumed", async () => {
    const variantId = await variantWithStock(5);
    const released = await createTestOrder(database.db, {
      lines: [{ variantId, quantity: 2, unitAmount: 900 }],
    });
    const sold = await createTestOrder(database.db, { lines: [{ variantId, quantity: 1, unitAmount: 900 }] });
    expect(await stockOf(variantId)).toBe(2);

    await database.db.$transaction((tx) => releaseReservations(tx, released.id));
    await database.db.$transaction((tx) => releaseReservations(tx, released.id));
    expect(await stockOf(variantId)).toBe(4);

    expect(await database.db.$transaction((tx) => consumeReservations(tx, sold.id))).toBe(1);
    await database.db.$transaction((tx) => releaseReservations(tx, sold.id));
    expect(await stockOf(variantId)).toBe(4);
  });
});
