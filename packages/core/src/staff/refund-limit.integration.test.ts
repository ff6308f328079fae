import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MANAGER_REFUND_LIMIT,
  loadManagerRefundLimit,
  MANAGER_REFUND_LIMIT_KEY,
} from "./refund-limit";

describe("loadManagerRefundLimit", () => {
  const database = useTestDatabase("core_refund_limit");

  it("reads the shop's setting, and falls back to the default when it is missing or malformed", async () => {
    expect(await loadManagerRefundLimit(database.db)).toEqual(DEFAULT_MANAGER_REFUND_LIMIT);
    await database.db.setting.create({
      data: { key: MANAGER_REFUND_LIMIT_KEY, value: { amount: 5_000, currency: "CAD" } },
    });
    expect(await loadManagerRefundLimit(database.db)).toEqual({ amount: 5_000, currency: "CAD" });
    for (const value of [{ amount: -1, currency: "EUR" }, { amount: 12.5, currency: "EUR" }, "200 €"]) {
      await database.db.setting.update({ where: { key: MANAGER_REFUND_LIMIT_KEY }, data: { value } });
      expect(await loadManagerRefundLimit(database.db)).toEqual(DEFAULT_MANAGER_REFUND_LIMIT);
    }
  });
});
