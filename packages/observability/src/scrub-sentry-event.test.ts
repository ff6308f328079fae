import { describe, expect, it } from "vitest";
import { isExpectedError } from "./expected-errors.js";
import { REDACTED } from "./redact.js";
import {
  scrubBreadcrumb,
  scrubQueryString,
  scrubSentryEvent,
  scrubUrl,
  sentryPrivacyOptions,
} from "./scrub-sentry-event.js";

// An event shaped as the SDKs build them for a failed request of a signed-in shopper.
function failedRequestEvent() {
  return {
    event_id: "feedfacefeedfacefeedfacefeedface",
    level: "error",
    message: "Checkout failed for jeanne@example.fr",
    exception: {
      values: [
        {
          type: "Error",
          value: "Card 4242 4242 4242 4242 refused for jeanne@example.fr",
          stacktrace: {
            frames: [
              {
                filename: "checkout.server.ts",
                lineno: 12,
                vars: { password: "hunter22", page: 2 },
                pre_context: ['const owner = "jeanne@example.fr";'],
                context_line: "throw new Error(`refused for ${owner}`);",
                post_context: ["}"],
              },
            ],
          },
        },
      ],
    },
    request: {
      url: "https://shop.example/fr/compte/verifier?token=s3cr3t-t0ken&page=2",
      method: "POST",
      query_string: "token=s3cr3t-t0ken&page=2",
      cookies: { comptoir_session: "session-id-123" },
      data: { email: "jeanne@example.fr", password: "hunter22" },
      env: { REMOTE_ADDR: "203.0.113.7" },
      headers: {
        Cookie: "comptoir_session=session-id-123",
        Authorization: "Bearer api-key-123",
        "X-Forwarded-For": "203.0.113.7",
        "X-Api-Key": "key-123",
        "User-Agent": "Mozilla/5.0",
        Referer: "https://shop.example/fr/reinitialiser?token=other-t0ken",
        "Accept-Language": "fr-FR",
      },
    },
    user: { id: "user_42", email: "jeanne@example.fr", ip_address: "203.0.113.7", username: "jeanne" },
    extra: { order: { customer: { email: "jeanne@example.fr", shipping: { phone: "+33 6 12 34 56 78" } } } },
    contexts: {
      trace: {
        trace_id: "abc",
        data: {
          "url.full": "https://shop.example/fr?code=123456",
          "http.request.header.cookie": "comptoir_session=session-id-123",
          "http.request.header.user_agent": "Mozilla/5.0",
        },
      },
      checkout: { nested: { deeper: { customerEmail: "jeanne@example.fr" } } },
    },
    tags: { service: "storefront" },
    breadcrumbs: [
      { category: "fetch", data: { method: "GET", url: "/api/trpc/account.me?input=%7B%7D&token=abc" } },
      {
        category: "console",
        message: "login jeanne@example.fr",
        data: { arguments: ["login", { password: "x" }] },
      },
    ],
  };
}

describe("scrubSentryEvent", () => {
  const scrubbed = scrubSentryEvent(failedRequestEvent());
  const sent = JSON.stringify(scrubbed);

  it("drops cookies, the body, the client address and every sensitive header", () => {
    expect(scrubbed.request).toEqual({
      url: `https://shop.example/fr/compte/verifier?token=${REDACTED}&page=2`,
      method: "POST",
      query_string: `token=${REDACTED}&page=2`,
      headers: {
        "User-Agent": "Mozilla/5.0",
        Referer: `https://shop.example/fr/reinitialiser?token=${REDACTED}`,
        "Accept-Language": "fr-FR",
      },
    });
  });

  it("keeps only the user's id", () => {
    expect(scrubbed.user).toEqual({ id: "user_42" });
  });

  it("masks emails, card numbers and secrets wherever they are nested", () => {
    expect(scrubbed.message).toBe(`Checkout failed for ${REDACTED}`);
    expect(scrubbed.exception.values[0]?.value).toBe(`Card ${REDACTED} refused for ${REDACTED}`);
    expect(scrubbed.exception.values[0]?.stacktrace.frames[0]).toMatchObject({
      vars: { password: REDACTED, page: 2 },
      pre_context: [`const owner = "${REDACTED}";`],
      context_line: "throw new Error(`refused for ${owner}`);",
    });
    expect(scrubbed.extra.order.customer).toEqual({ email: REDACTED, shipping: { phone: REDACTED } });
    expect(scrubbed.contexts.checkout).toEqual({ nested: { deeper: { customerEmail: REDACTED } } });
  });

  it("scrubs the trace's URL and drops its cookie header attribute", () => {
    expect(scrubbed.contexts.trace).toEqual({
      trace_id: "abc",
      data: {
        "url.full": `https://shop.example/fr?code=${REDACTED}`,
        "http.request.header.user_agent": "Mozilla/5.0",
      },
    });
  });

  it("scrubs breadcrumbs", () => {
    expect(scrubbed.breadcrumbs[0]?.data).toEqual({
      method: "GET",
      url: `/api/trpc/account.me?input=%7B%7D&token=${REDACTED}`,
    });
    expect(scrubbed.breadcrumbs[1]).toEqual({
      category: "console",
      message: `login ${REDACTED}`,
      data: { arguments: ["login", { password: REDACTED }] },
    });
  });

  it("leaves none of the secrets anywhere in what is sent", () => {
    for (const secret of [
      "jeanne@example.fr",
      "session-id-123",
      "api-key-123",
      "key-123",
      "203.0.113.7",
      "s3cr3t-t0ken",
      "other-t0ken",
      "hunter22",
      "4242",
      "123456",
      "ip_address",
      "username",
    ]) {
      expect(sent).not.toContain(secret);
    }
  });

  it("does not change the event it was given", () => {
    const event = failedRequestEvent();
    scrubSentryEvent(event);
    expect(event).toEqual(failedRequestEvent());
  });

  it("removes a user that has no id rather than send their address", () => {
    expect(scrubSentryEvent({ user: { ip_address: "203.0.113.7" } })).toEqual({});
  });
});

describe("scrubUrl and scrubQueryString", () => {
  it("masks secret parameters and keeps the others as they were", () => {
    expect(scrubUrl("/fr/recherche?q=caf%C3%A9&session_id=cs_test_123&page=2")).toBe(
      `/fr/recherche?q=caf%C3%A9&session_id=${REDACTED}&page=2`,
    );
    expect(scrubQueryString("q=jeanne%40example.fr&sort=price")).toBe(`q=${REDACTED}&sort=price`);
  });

  it("scrubs fragments that carry parameters, and leaves anchors alone", () => {
    expect(scrubUrl("https://shop.example/cb#access_token=abc&state=1")).toBe(
      `https://shop.example/cb#access_token=${REDACTED}&state=1`,
    );
    expect(scrubUrl("https://shop.example/fr/produit/the#avis")).toBe(
      "https://shop.example/fr/produit/the#avis",
    );
  });

  it("masks emails in a path", () => {
    expect(scrubUrl("/en/customers/jeanne@example.fr")).toBe(`/en/customers/${REDACTED}`);
  });
});

describe("scrubBreadcrumb", () => {
  it("scrubs navigation URLs", () => {
    expect(
      scrubBreadcrumb({ category: "navigation", data: { from: "/fr?token=a", to: "/fr/panier" } }),
    ).toEqual({
      category: "navigation",
      data: { from: `/fr?token=${REDACTED}`, to: "/fr/panier" },
    });
  });
});

describe("isExpectedError and beforeSend", () => {
  const { beforeSend, sendDefaultPii } = sentryPrivacyOptions();
  const routeErrorResponse = {
    status: 404,
    statusText: "Not Found",
    internal: true,
    data: "No route matches",
  };
  const trpcError = (code: string) => Object.assign(new Error(code), { name: "TRPCError", code });

  it("drops 404s, refusals and bad input, and keeps real failures", () => {
    expect(sendDefaultPii).toBe(false);
    for (const expected of [
      new Response(null, { status: 404 }),
      new Response(null, { status: 403 }),
      routeErrorResponse,
      trpcError("NOT_FOUND"),
      trpcError("FORBIDDEN"),
      trpcError("BAD_REQUEST"),
      Object.assign(new Error("OUT_OF_STOCK"), { name: "DomainError", code: "OUT_OF_STOCK" }),
    ]) {
      expect(isExpectedError(expected)).toBe(true);
      expect(beforeSend({ message: "x" }, { originalException: expected })).toBeNull();
    }
    for (const failure of [
      new Error("connect ECONNREFUSED"),
      new Response(null, { status: 502 }),
      { ...routeErrorResponse, status: 500, statusText: "Internal Server Error" },
      trpcError("INTERNAL_SERVER_ERROR"),
      // A library's own HTTP status (here Stripe's) is our bug, not the shopper's mistake.
      Object.assign(new Error("No such price"), { name: "StripeInvalidRequestError", statusCode: 400 }),
      "a thrown string",
      undefined,
    ]) {
      expect(isExpectedError(failure)).toBe(false);
      expect(beforeSend({ message: "x" }, { originalException: failure })).toEqual({ message: "x" });
    }
  });
});
