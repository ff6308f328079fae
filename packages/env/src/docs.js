// docs/configuration.md is generated from the catalogue (`pnpm config:docs`); docs.test.ts fails when
// the committed file differs, so the documentation cannot drift from what the code validates.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import prettier from "prettier";
import { catalogue } from "./catalogue.js";
import { KNOWN_DEVELOPMENT_SECRETS } from "./development-defaults.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const docsPath = `${repoRoot}docs/configuration.md`;
export const envExamplePath = `${repoRoot}.env.example`;

/** @param {string} text */
const cell = (text) => text.replaceAll("|", "\\|");

/** @param {import("./catalogue.js").ConfigVariable} variable */
function productionCell(variable) {
  const rules = [];
  if (variable.production === "required") rules.push("required");
  if (variable.production === "forbidden") rules.push("must be unset");
  if (variable.minLength) rules.push(`${variable.minLength}+ characters`, "no development value");
  if (variable.name === "PUBLIC_URL") rules.push("`https://`");
  if (variable.name === "LOG_LEVEL") rules.push("not `debug`/`trace`");
  return rules.join(", ") || "—";
}

/** The page, before formatting. */
export function renderConfigurationDocs() {
  const lines = [
    "<!-- Generated from packages/env/src/catalogue.js by `pnpm config:docs`: edit the catalogue, not this file. -->",
    "",
    "# Configuration",
    "",
    "Everything has a working default for development and tests: `pnpm dev` needs no variable at all.",
    "Copy [`.env.example`](../.env.example) to start a deployment's configuration.",
    "",
    "Each app (`node server.js`) and the worker check their variables before anything else. With",
    "`NODE_ENV=production` they also apply the production rules of the table, and refuse to start",
    "with one line per problem (every problem at once, never a secret's value): a required secret",
    "missing or too short, a secret that is a development value published in this repository, the",
    "payment emulator or the dev mailbox still configured, `PUBLIC_URL` without `https://`, debug",
    "logs. The demo staff account is only seeded outside production.",
    "",
    `Known development values, refused as secrets in production: ${KNOWN_DEVELOPMENT_SECRETS.length} (the development cookie secret, the emulator's webhook secret, the development two-factor key, the demo password and common placeholders; see \`packages/env/src/development-defaults.js\`).`,
  ];
  const groups = [...new Set(catalogue.map((variable) => variable.group))];
  for (const group of groups) {
    lines.push("", `## ${group}`, "");
    lines.push("| Variable | Default | Used by | Secret | Production | What it does |");
    lines.push("| --- | --- | --- | --- | --- | --- |");
    for (const variable of catalogue.filter((candidate) => candidate.group === group)) {
      lines.push(
        `| \`${variable.name}\` | ${cell(variable.default)} | ${cell(variable.usedBy)} | ${variable.secret ? "yes" : "no"} | ${cell(productionCell(variable))} | ${cell(variable.description)} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The page as committed: formatted like every other file of the repository. */
export async function formattedConfigurationDocs() {
  const options = await prettier.resolveConfig(docsPath);
  return prettier.format(renderConfigurationDocs(), { ...options, filepath: docsPath });
}

/** The variable names .env.example mentions, set (`NAME=`) or commented out (`# NAME=`). */
export function envExampleNames() {
  const text = readFileSync(envExamplePath, "utf8");
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] ?? "");
}
