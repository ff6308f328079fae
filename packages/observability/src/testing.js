// Test helpers: a local Sentry ingest endpoint that decodes what the SDKs send.
export { parseEnvelope, startSentryReceiver } from "./testing/sentry-receiver.js";
