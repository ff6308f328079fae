import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { signatureHeader } from "./emulator/signing";
import { WebhookSignatureError, verifyWebhook } from "./webhook";

const secret = "whsec_unit_test_secret";
const body = JSON.stringify(
  {
    id: "evt_123",
    object: "event",
    type: "checkout.session.completed",
    data: { object: { id: "cs_test_1" } },
  },
  null,
  2,
);
const now = () => Math.floor(Date.now() / 1000);

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookSignatureError) return error.problem;
    throw error;
  }
  throw new Error("verifyWebhook accepted the request");
}

describe("verifyWebhook", () => {
  it("returns the event of a correctly signed, fresh request", () => {
    const event = verifyWebhook(body, signatureHeader(body, secret), secret);
    expect(event).toMatchObject({ id: "evt_123", type: "checkout.session.completed" });
  });

  it("signs exactly as Stripe's SDK does", () => {
    const timestamp = now();
    expect(signatureHeader(body, secret, timestamp)).toBe(
      Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp }),
    );
  });

  it("rejects a request without a signature header", () => {
    expect(problemOf(() => verifyWebhook(body, null, secret))).toBe("missing");
    expect(problemOf(() => verifyWebhook(body, "  ", secret))).toBe("missing");
  });

  it("rejects a signature made with another secret, or a garbled header", () => {
    expect(problemOf(() => verifyWebhook(body, signatureHeader(body, "whsec_someone_else"), secret))).toBe(
      "invalid",
    );
    expect(problemOf(() => verifyWebhook(body, "t=abc,v1=", secret))).toBe("invalid");
    expect(problemOf(() => verifyWebhook(body, `t=${now()},v1=`, secret))).toBe("invalid");
    expect(problemOf(() => verifyWebhook(body, "v1=deadbeef", secret))).toBe("invalid");
  });

  it("rejects a body changed after signing, even by one character", () => {
    const header = signatureHeader(body, secret);
    const tampered = body.replace("cs_test_1", "cs_test_2");
    expect(problemOf(() => verifyWebhook(tampered, header, secret))).toBe("invalid");
    // Re-serialised JSON is a different body too: the route must verify the raw bytes.
    expect(problemOf(() => verifyWebhook(JSON.stringify(JSON.parse(body)), header, secret))).toBe("invalid");
  });

  it("rejects a genuine signature older than the tolerance, so captured requests cannot be replayed", () => {
    const header = signatureHeader(body, secret, now() - 301);
    expect(problemOf(() => verifyWebhook(body, header, secret))).toBe("stale");
    expect(verifyWebhook(body, header, secret, 600).id).toBe("evt_123");
  });

  it("refuses a tolerance that would switch the timestamp check off", () => {
    expect(() => verifyWebhook(body, signatureHeader(body, secret), secret, 0)).toThrow(RangeError);
  });
});
