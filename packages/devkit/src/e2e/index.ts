export { e2eGlobalSetup, e2eUrl } from "./global-setup";
export { e2eConfig } from "./playwright-config";
export { failOnCspViolations, type CspViolations } from "./csp-violations";
