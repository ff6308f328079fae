import { requireDatabaseUrl } from "@comptoir/db";

/**
 * Checks, when an app's server starts, the configuration the API needs to serve requests. Throws
 * a ConfigError whose message is one line: the production server prints it and exits.
 */
export function assertServerConfiguration(): void {
  requireDatabaseUrl();
}
