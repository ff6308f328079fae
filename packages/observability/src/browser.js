// What the browser bundle may import: no Node module, no logger, no metrics. The pages load it
// (with the SDK) only when error reporting is on.
export { isExpectedError } from "./expected-errors.js";
export { scrubBreadcrumb, scrubSentryEvent, scrubUrl, sentryPrivacyOptions } from "./scrub-sentry-event.js";
