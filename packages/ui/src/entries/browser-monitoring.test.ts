import { afterEach, describe, expect, it } from "vitest";
import { reportBoundaryError, startBrowserMonitoring, type BrowserSdkOptions } from "./browser-monitoring";

const settings = { dsn: "http://publickey@127.0.0.1:9/1", environment: "staging", tracesSampleRate: 0 };

function renderMonitoringMeta() {
  const meta = document.createElement("meta");
  meta.name = "comptoir:monitoring";
  meta.content = JSON.stringify(settings);
  document.head.append(meta);
}

afterEach(() => {
  document.head.innerHTML = "";
});

describe("startBrowserMonitoring", () => {
  it("does not even load the SDK when the page has no error-reporting settings", async () => {
    let loads = 0;
    const started = await startBrowserMonitoring(async () => {
      loads += 1;
      return { init: () => undefined, captureBoundaryError: () => undefined };
    });
    expect(started).toBe(false);
    expect(loads).toBe(0);
  });

  it("starts the SDK with the page's settings and the shared scrubbing", async () => {
    renderMonitoringMeta();
    const started: BrowserSdkOptions[] = [];
    expect(
      await startBrowserMonitoring(async () => ({
        init: (options) => started.push(options),
        captureBoundaryError: () => undefined,
      })),
    ).toBe(true);
    expect(started).toHaveLength(1);
    const options = started[0]!;
    expect(options).toMatchObject({ dsn: settings.dsn, environment: "staging", sendDefaultPii: false });
    const event = {
      request: {
        url: "http://shop.test/fr?token=abc",
        headers: { Cookie: "comptoir_session=x", "User-Agent": "UA" },
      },
      user: { id: "user_1", email: "jeanne@example.fr" },
    };
    expect(options.beforeSend(event)).toEqual({
      request: { url: "http://shop.test/fr?token=[redacted]", headers: { "User-Agent": "UA" } },
      user: { id: "user_1" },
    });
    expect(options.beforeSend(event, { originalException: new Response(null, { status: 404 }) })).toBeNull();
  });

  it("leaves the page alone when the SDK cannot be downloaded", async () => {
    renderMonitoringMeta();
    expect(await startBrowserMonitoring(() => Promise.reject(new Error("blocked by an extension")))).toBe(
      false,
    );
  });

  it("reports an error an error boundary caught in the browser, not a missing page nor a server's error", async () => {
    renderMonitoringMeta();
    const reported: unknown[] = [];
    await startBrowserMonitoring(async () => ({
      init: () => undefined,
      captureBoundaryError: (error) => reported.push(error),
    }));
    const renderError = new TypeError("Cannot read properties of undefined (reading 'find')");
    reportBoundaryError(renderError, false);
    reportBoundaryError({ status: 404, statusText: "Not Found", data: null }, true);
    reportBoundaryError(new Error("Unexpected Server Error"), false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reported).toEqual([renderError]);
  });
});
