/**
 * A configuration problem the user can fix. Command-line entry points print its message on one line
 * and exit non-zero, without a stack trace.
 */
export class ConfigError extends Error {
  override name = "ConfigError";
}
