import { describe, expect, it } from "vitest";
import {
  checksFrom,
  CONFIRMATION_MAX_CHECKS,
  confirmationStateOf,
  nextCheckPath,
} from "./checkout-confirmation";

describe("confirmationStateOf", () => {
  it("waits for a pending order about a minute, then says the email will follow", () => {
    expect(confirmationStateOf("PENDING", 0)).toBe("pending");
    expect(confirmationStateOf("PENDING", CONFIRMATION_MAX_CHECKS - 1)).toBe("pending");
    expect(confirmationStateOf("PENDING", CONFIRMATION_MAX_CHECKS)).toBe("slow");
  });

  it("thanks for any paid order, whatever happened to it since", () => {
    for (const status of ["PAID", "FULFILLED", "DELIVERED", "PARTIALLY_REFUNDED"] as const) {
      expect(confirmationStateOf(status, 0)).toBe("paid");
    }
    expect(confirmationStateOf("REFUNDED", 3)).toBe("refunded");
    expect(confirmationStateOf("CANCELLED", 0)).toBe("cancelled");
  });
});

describe("checksFrom", () => {
  it("reads a small count, and anything else as none", () => {
    expect(checksFrom("7")).toBe(7);
    expect(checksFrom(null)).toBe(0);
    expect(checksFrom("-1")).toBe(0);
    expect(checksFrom("2.5")).toBe(0);
    expect(checksFrom("abc")).toBe(0);
    expect(checksFrom("999")).toBe(CONFIRMATION_MAX_CHECKS);
  });
});

describe("nextCheckPath", () => {
  it("is the same page with one more check counted", () => {
    expect(nextCheckPath("fr", "cs_test_1", 0)).toBe(
      "/fr/commande/confirmation?session_id=cs_test_1&check=1",
    );
    expect(nextCheckPath("en", "cs_test_1", 4)).toBe(
      "/en/checkout/confirmation?session_id=cs_test_1&check=5",
    );
  });
});
