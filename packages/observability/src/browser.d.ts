export {
  isExpectedError,
  scrubBreadcrumb,
  scrubSentryEvent,
  scrubUrl,
  sentryPrivacyOptions,
  type SentryPrivacyOptions,
} from "./index.js";
