export { createLogger, getLogger } from "./logger.js";
export { redact, redactString, REDACTED } from "./redact.js";
