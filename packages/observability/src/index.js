export { createLogger, getLogger } from "./logger.js";
export { redact, redactString, REDACTED } from "./redact.js";
export { runWithRequestLogContext, setRequestUser } from "./request-context.js";
