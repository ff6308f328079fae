// The real server SDK, started as the apps start it, sending to a local ingest endpoint: what
// arrives is what Sentry would store.
import { createRequire } from "node:module";
import * as Sentry from "@sentry/remix";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED } from "./redact.js";
import { flushServerErrorReports, reportServerError, startServerErrorReporting } from "./sentry-server.js";
import { startSentryReceiver, type SentryReceiver } from "./testing.js";

let receiver: SentryReceiver;

beforeAll(async () => {
  receiver = await startSentryReceiver();
  const reporter = await startServerErrorReporting({
    service: "storefront",
    env: { SENTRY_DSN: receiver.dsn, SENTRY_ENVIRONMENT: "staging" },
  });
  expect(reporter).not.toBeNull();
});

afterAll(async () => {
  await Sentry.close(2_000);
  await receiver?.close();
});

function shopperRequest(path: string) {
  return new Request(`http://shop.test${path}`, {
    headers: {
      cookie: "comptoir_session=session-id-123; comptoir_cart=cart-456",
      authorization: "Bearer api-key-789",
      "x-forwarded-for": "203.0.113.7",
      "user-agent": "Mozilla/5.0 (test)",
    },
  });
}

describe("server error reporting with SENTRY_DSN", () => {
  it("starts the SDK once, with the DSN's settings", async () => {
    expect(Sentry.isInitialized()).toBe(true);
    expect(Sentry.getClient()?.getOptions()).toMatchObject({
      dsn: receiver.dsn,
      environment: "staging",
      sendDefaultPii: false,
    });
    const again = await startServerErrorReporting({
      service: "storefront",
      env: { SENTRY_DSN: receiver.dsn },
    });
    expect(again).not.toBeNull();
  });

  it("leaves Remix's request handler unwrapped when traces are off", () => {
    // The copy of Remix the SDK wraps on start: a wrapped one would add trace ids to every page.
    const requireFromSdk = createRequire(createRequire(import.meta.url).resolve("@sentry/remix"));
    const runtime = requireFromSdk("@remix-run/server-runtime") as {
      createRequestHandler: { __sentry_original__?: unknown };
    };
    expect(typeof runtime.createRequestHandler).toBe("function");
    expect(runtime.createRequestHandler.__sentry_original__).toBeUndefined();
  });

  it("sends a request's failure with the request scrubbed", async () => {
    const error = new Error("Order lookup failed for jeanne@example.fr");
    reportServerError(error, shopperRequest("/fr/compte/verifier?token=s3cr3t-t0ken&page=2"));
    const event = await receiver.waitForEvent((item) =>
      String(item.exception?.values?.[0]?.value).startsWith("Order lookup failed"),
    );
    expect(event.exception?.values?.[0]?.value).toBe(`Order lookup failed for ${REDACTED}`);
    expect(event.environment).toBe("staging");
    expect(event.tags).toMatchObject({ service: "storefront" });
    expect(event.request?.url).toBe(`http://shop.test/fr/compte/verifier?token=${REDACTED}&page=2`);
    expect(event.request?.headers).toEqual({ "user-agent": "Mozilla/5.0 (test)" });
    expect(event.request?.cookies).toBeUndefined();
    expect(event.user).toBeUndefined();
    const sent = receiver.envelopeOf(event)?.text ?? "";
    for (const secret of [
      "jeanne@example.fr",
      "session-id-123",
      "cart-456",
      "api-key-789",
      "203.0.113.7",
      "s3cr3t-t0ken",
    ]) {
      expect(sent).not.toContain(secret);
    }
  });

  it("keeps the signed-in user's id only", async () => {
    Sentry.withScope((scope) => {
      scope.setUser({
        id: "user_42",
        email: "jeanne@example.fr",
        ip_address: "203.0.113.7",
        username: "jeanne",
      });
      Sentry.captureException(new Error("Profile update failed"));
    });
    const event = await receiver.waitForEvent(
      (item) => item.exception?.values?.[0]?.value === "Profile update failed",
    );
    expect(event.user).toEqual({ id: "user_42" });
  });

  it("does not report expected outcomes nor requests the client gave up on", async () => {
    const before = receiver.events().length;
    const aborted = new AbortController();
    aborted.abort();
    reportServerError(new Response(null, { status: 404 }), shopperRequest("/fr/nulle-part"));
    reportServerError(
      Object.assign(new Error("FORBIDDEN"), { name: "TRPCError", code: "FORBIDDEN" }),
      shopperRequest("/fr"),
    );
    reportServerError(
      new Error("Client went away"),
      new Request("http://shop.test/fr", { signal: aborted.signal }),
    );
    // Sent after the others: once it has arrived, they would have too.
    reportServerError(new Error("Marker failure"), shopperRequest("/fr"));
    await receiver.waitForEvent((item) => item.exception?.values?.[0]?.value === "Marker failure");
    await flushServerErrorReports(2_000);
    const values = receiver.events().map((item) => item.exception?.values?.[0]?.value);
    expect(values.slice(before)).toEqual(["Marker failure"]);
  });
});
