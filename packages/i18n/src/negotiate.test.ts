import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    ["en-GB", "en"],
    ["de-DE,en-GB;q=0.8,fr;q=0.5", "en"],
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["en;q=0.3, fr;q=0.7", "fr"],
    ["FR-be", "fr"],
    ["*", null],
    ["de-DE,es;q=0.5", null],
    ["en;q=0, fr;q=0.1", "fr"],
    ["", null],
  ])("%s -> %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
