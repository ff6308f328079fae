import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MANAGER_REFUND_LIMIT,
  loadManagerRefundLimit,
  MAX_MANAGER_REFUND_LIMIT,
  saveManagerRefundLimit,
} from "./refund-limit";

describe("saveManagerRefundLimit", () => {
  const database = useTestDatabase("core_refund_limit_writer");

  it("writes what loadManagerRefundLimit reads back, and says what it replaced", async () => {
    const first = await database.db.$transaction((tx) =>
      saveManagerRefundLimit(tx, { amount: 12_345, currency: "CAD" }),
    );
    expect(first).toEqual({
      before: DEFAULT_MANAGER_REFUND_LIMIT,
      after: { amount: 12_345, currency: "CAD" },
    });
    const second = await database.db.$transaction((tx) =>
      saveManagerRefundLimit(tx, { amount: 0, currency: "EUR" }),
    );
    expect(second.before).toEqual({ amount: 12_345, currency: "CAD" });
    expect(await loadManagerRefundLimit(database.db)).toEqual({ amount: 0, currency: "EUR" });
  });

  it("never writes a limit that could not be read back", async () => {
    for (const limit of [
      { amount: -1, currency: "EUR" },
      { amount: 1.5, currency: "EUR" },
      { amount: MAX_MANAGER_REFUND_LIMIT + 1, currency: "EUR" },
      { amount: 100, currency: "euro" },
    ]) {
      await expect(database.db.$transaction((tx) => saveManagerRefundLimit(tx, limit))).rejects.toThrow(
        RangeError,
      );
    }
    expect(await loadManagerRefundLimit(database.db)).toEqual({ amount: 0, currency: "EUR" });
  });
});
