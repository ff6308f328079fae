export { createLogger, getLogger } from "./logger.js";
export { redact, redactString, REDACTED } from "./redact.js";
export { runWithRequestLogContext, setRequestUser } from "./request-context.js";
export {
  getMetrics,
  metricNames,
  recordHttpRequest,
  recordTrpcCall,
  renderMetrics,
  setDbPoolSource,
  setQueueDepthSource,
} from "./metrics.js";
export { sentrySettingsFromEnv } from "./sentry-settings.js";
