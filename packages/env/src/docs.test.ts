import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue.js";
import { docsPath, envExampleNames, formattedConfigurationDocs } from "./docs.js";

describe("documentation of the configuration", () => {
  it("docs/configuration.md is what the catalogue generates (run `pnpm config:docs` after a change)", async () => {
    expect(readFileSync(docsPath, "utf8")).toBe(await formattedConfigurationDocs());
  });

  it("documents every variable of the catalogue, once each", async () => {
    const docs = await formattedConfigurationDocs();
    for (const variable of catalogue) {
      expect(docs.match(new RegExp(`\\| \`${variable.name}\` +\\|`, "g")), variable.name).toHaveLength(1);
    }
  });

  it(".env.example lists exactly the catalogue's variables, once each", () => {
    const names = envExampleNames();
    expect(new Set(names).size, "a variable is listed twice").toBe(names.length);
    expect([...names].sort()).toEqual(catalogue.map((variable) => variable.name).sort());
  });

  it("names every variable once in the catalogue", () => {
    const names = catalogue.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
