// Without SENTRY_DSN, error reporting must cost nothing and send nothing: the SDK is not started.
import * as Sentry from "@sentry/remix";
import { describe, expect, it } from "vitest";
import { flushServerErrorReports, reportServerError, startServerErrorReporting } from "./sentry-server.js";

describe("server error reporting without SENTRY_DSN", () => {
  it("never initialises the SDK", async () => {
    const listenersBefore = process.listenerCount("unhandledRejection");
    expect(
      await startServerErrorReporting({ service: "storefront", env: { NODE_ENV: "production" } }),
    ).toBeNull();
    expect(await startServerErrorReporting({ service: "admin", env: { SENTRY_DSN: "  " } })).toBeNull();
    expect(Sentry.isInitialized()).toBe(false);
    expect(Sentry.getClient()).toBeUndefined();
    // The SDK's process handlers are not installed either.
    expect(process.listenerCount("unhandledRejection")).toBe(listenersBefore);
  });

  it("reports nothing and flushes at once", async () => {
    reportServerError(new Error("database unreachable"), new Request("http://shop.test/fr"));
    expect(Sentry.lastEventId()).toBeUndefined();
    expect(await flushServerErrorReports(10)).toBe(true);
  });
});
