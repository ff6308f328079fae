export { catalogue, variableNamed } from "./catalogue.js";
export { checkConfiguration, exitOnConfigurationProblems } from "./check-configuration.js";
export {
  DEMO_STAFF_PASSWORD,
  DEVELOPMENT_COOKIE_SECRET,
  DEVELOPMENT_TOTP_ENCRYPTION_KEY,
  DEVELOPMENT_WEBHOOK_SECRET,
  KNOWN_DEVELOPMENT_SECRETS,
  isKnownDevelopmentSecret,
} from "./development-defaults.js";
export { SERVER_NODE_OPTIONS, SERVER_PROCESS_ENV, withServerProcessEnv } from "./server-process.js";
