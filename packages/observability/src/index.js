export { createLogger, getLogger } from "./logger.js";
export { redact, redactString, REDACTED } from "./redact.js";
export {
  closeRequestLogContext,
  openRequestLogContext,
  REQUEST_LOG_HEADER,
  setRequestUser,
} from "./request-context.js";
export {
  getMetrics,
  metricNames,
  recordHttpRequest,
  recordTrpcCall,
  renderMetrics,
  setDbPoolSource,
  setPageReadSource,
  setQueueDepthSource,
} from "./metrics.js";
export { sentrySettingsFromEnv } from "./sentry-settings.js";
export { isExpectedError } from "./expected-errors.js";
export {
  scrubBreadcrumb,
  scrubQueryString,
  scrubSentryEvent,
  scrubUrl,
  sentryPrivacyOptions,
} from "./scrub-sentry-event.js";
export {
  flushServerErrorReports,
  handleServerError,
  reportServerError,
  startServerErrorReporting,
} from "./sentry-server.js";
