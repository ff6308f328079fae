// With SENTRY_TRACES_SAMPLE_RATE above 0, transactions leave too: they go through the same
// scrubbing as errors (URL, headers as span attributes, user).
import { createRequire } from "node:module";
import * as Sentry from "@sentry/remix";
import { afterAll, beforeAll, expect, it } from "vitest";
import { REDACTED } from "./redact.js";
import { startServerErrorReporting } from "./sentry-server.js";
import { startSentryReceiver, type SentryReceiver } from "./testing.js";

let receiver: SentryReceiver;

beforeAll(async () => {
  receiver = await startSentryReceiver();
  await startServerErrorReporting({
    service: "admin",
    env: { SENTRY_DSN: receiver.dsn, SENTRY_TRACES_SAMPLE_RATE: "1" },
  });
});

afterAll(async () => {
  await Sentry.close(2_000);
  await receiver?.close();
});

it("keeps the SDK's wrapping of Remix, which the traces need", () => {
  const requireFromSdk = createRequire(createRequire(import.meta.url).resolve("@sentry/remix"));
  const runtime = requireFromSdk("@remix-run/server-runtime") as {
    createRequestHandler: { __sentry_original__?: unknown };
  };
  expect(typeof runtime.createRequestHandler.__sentry_original__).toBe("function");
});

it("sends transactions scrubbed", async () => {
  Sentry.withScope((scope) => {
    scope.setUser({ id: "staff_7", email: "camille@example.fr", ip_address: "198.51.100.23" });
    Sentry.startSpan(
      {
        name: "GET /orders?token=s3cr3t-t0ken",
        op: "http.server",
        forceTransaction: true,
        attributes: {
          "url.full": "http://admin.test/orders?token=s3cr3t-t0ken&page=2",
          "http.request.header.cookie": "comptoir_admin_session=session-id-123",
          "http.request.header.user_agent": "Mozilla/5.0 (test)",
        },
      },
      () => undefined,
    );
  });
  await Sentry.flush(2_000);
  const transactionEnvelope = () =>
    receiver.envelopes().find((item) => item.items.some((entry) => entry.type === "transaction"));
  await expect.poll(transactionEnvelope, { timeout: 10_000 }).toBeDefined();
  const envelope = transactionEnvelope()!;
  const transaction = envelope.items.find((entry) => entry.type === "transaction")!.payload as {
    transaction: string;
    user?: unknown;
    contexts: { trace: { data: Record<string, unknown> } };
  };
  expect(transaction.transaction).toBe(`GET /orders?token=${REDACTED}`);
  expect(transaction.user).toEqual({ id: "staff_7" });
  expect(transaction.contexts.trace.data).toMatchObject({
    "url.full": `http://admin.test/orders?token=${REDACTED}&page=2`,
    "http.request.header.user_agent": "Mozilla/5.0 (test)",
  });
  for (const secret of ["s3cr3t-t0ken", "session-id-123", "camille@example.fr", "198.51.100.23"]) {
    expect(envelope.text).not.toContain(secret);
  }
});
