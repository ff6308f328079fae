// What production adds to the schemas: a deployment must not run on the zero-configuration
// defaults that make `pnpm dev` work (public secrets, the payment emulator, the dev mailbox).
// Messages name the variable and the rule, never the value.
import { isKnownDevelopmentSecret } from "./development-defaults.js";

/** @typedef {import("./catalogue.js").ConfigVariable} ConfigVariable */

/** @param {unknown} value */
const isSet = (value) => value !== undefined && value !== null && value !== "";

/**
 * The problems of one variable in production, given its parsed value.
 *
 * @param {ConfigVariable} variable
 * @param {unknown} value
 * @returns {string[]}
 */
export function productionProblems(variable, value) {
  const { name } = variable;
  if (variable.production === "required" && !isSet(value)) {
    return [`${name} is required in production.`];
  }
  if (variable.production === "forbidden" && isSet(value)) {
    return [`${name} must not be set in production: it points at a development service.`];
  }
  if (!isSet(value)) return [];
  const problems = [];
  // Random secrets of our own (not URLs or keys issued by a provider) have a minimum length.
  if (variable.secret && variable.minLength && typeof value === "string") {
    // A list of secrets rotates a key: every one of them must be a real secret.
    const secrets = value
      .split(",")
      .map((secret) => secret.trim())
      .filter(Boolean);
    if (secrets.some(isKnownDevelopmentSecret)) {
      problems.push(`${name} is a known development value, public in the source: set a secret of your own.`);
    } else if (secrets.some((secret) => secret.length < (variable.minLength ?? 0))) {
      problems.push(`${name} is too short: at least ${variable.minLength} random characters in production.`);
    }
  }
  if (name === "PUBLIC_URL" && typeof value === "string" && new URL(value).protocol !== "https:") {
    problems.push("PUBLIC_URL must be an https:// address in production.");
  }
  if (name === "LOG_LEVEL" && (value === "debug" || value === "trace")) {
    problems.push(
      "LOG_LEVEL debug and trace are development settings: use info (or warn, error) in production.",
    );
  }
  return problems;
}
