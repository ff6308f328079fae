import { startBrowserMonitoring } from "@comptoir/ui/browser-monitoring";
import { hydrateApp } from "@comptoir/ui/entry-client";
import { loadStorefrontResources } from "@comptoir/i18n/resources/storefront";

// Error reporting, when the shop has it on: the SDK is a chunk of its own that pages of a shop
// without SENTRY_DSN never download. Only `init` and the error boundaries' reporter are taken, so the bundler leaves out the rest.
void startBrowserMonitoring(() =>
  import("@sentry/remix").then(({ init, captureRemixErrorBoundaryError }) => ({
    init,
    captureBoundaryError: captureRemixErrorBoundaryError,
  })),
);

// The page's language only: the texts of the other language are never downloaded.
hydrateApp(loadStorefrontResources);
