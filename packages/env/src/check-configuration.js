// The check every app and the worker run before anything else: all the problems at once, so that
// a deployment is fixed in one go rather than one restart per mistake.
import { catalogue } from "./catalogue.js";
import { productionProblems } from "./production-rules.js";

/**
 * @typedef {import("./catalogue.js").Role} Role
 * @typedef {{ ok: true, role: Role, production: boolean, values: Record<string, unknown> }} ValidConfiguration
 * @typedef {{ ok: false, role: Role, problems: string[] }} InvalidConfiguration
 */

/**
 * Validates the variables `role` reads. Outside production everything keeps its zero-configuration
 * default; in production the rules of production-rules.js apply too.
 *
 * @param {Role} role
 * @param {Record<string, string | undefined>} [env]
 * @returns {ValidConfiguration | InvalidConfiguration}
 */
export function checkConfiguration(role, env = process.env) {
  const variables = catalogue.filter((variable) => variable.roles.includes(role));
  /** @type {string[]} */
  const problems = [];
  /** @type {Record<string, unknown>} */
  const values = {};
  for (const variable of variables) {
    const parsed = variable.schema.safeParse(env[variable.name]);
    if (parsed.success) {
      values[variable.name] = parsed.data;
    } else {
      // One line per variable is enough to find it; the first issue says what is expected.
      problems.push(`${variable.name} ${parsed.error.issues[0]?.message ?? "is invalid"}`);
    }
  }
  const production = values.NODE_ENV === "production";
  if (production) {
    for (const variable of variables) {
      if (!(variable.name in values)) continue;
      problems.push(...productionProblems(variable, values[variable.name]));
    }
  }
  return problems.length > 0 ? { ok: false, role, problems } : { ok: true, role, production, values };
}

/**
 * For entry points: returns the configuration, or prints one line per problem on stderr and exits
 * with code 1. The lines never contain a value, so they are safe in any log.
 *
 * @param {Role} role
 * @param {Record<string, string | undefined>} [env]
 * @returns {ValidConfiguration}
 */
export function exitOnConfigurationProblems(role, env = process.env) {
  const result = checkConfiguration(role, env);
  if (result.ok) return result;
  for (const problem of result.problems) console.error(`✖ ${problem}`);
  process.exit(1);
}
