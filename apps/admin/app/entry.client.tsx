import { startBrowserMonitoring } from "@comptoir/ui/browser-monitoring";
import { hydrateApp } from "@comptoir/ui/entry-client";
import { adminResources } from "@comptoir/i18n/resources/admin";

// Error reporting, when it is on: the SDK is a chunk of its own that pages never download
// otherwise. Only `init` and the error boundaries' reporter are taken, so the bundler leaves out the rest.
void startBrowserMonitoring(() =>
  import("@sentry/remix").then(({ init, captureRemixErrorBoundaryError }) => ({
    init,
    captureBoundaryError: captureRemixErrorBoundaryError,
  })),
);

hydrateApp(adminResources);
