import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./auth-redirect.server";

const FALLBACK = "/fr/compte";

describe("safeRedirectPath", () => {
  it("keeps the paths of this site, with their query and fragment", () => {
    for (const path of ["/fr/compte/commandes?page=2", "/en/cart", "/fr", "/en/account#orders"]) {
      expect(safeRedirectPath(path, FALLBACK)).toBe(path);
    }
  });

  it("refuses anything that could leave the site, and falls back to the account page", () => {
    for (const target of [
      "https://evil.test/fr",
      "http:/evil.test",
      "//evil.test",
      "///evil.test",
      "/\\evil.test",
      "/\\/evil.test",
      "/\t/evil.test",
      "/\n/evil.test",
      "/ /evil.test",
      "javascript:alert(1)",
      "fr/compte",
      "",
      null,
      undefined,
      `/${"a".repeat(2048)}`,
    ]) {
      expect(safeRedirectPath(target, FALLBACK), String(target)).toBe(FALLBACK);
    }
  });

  it("gives back the path as the browser will read it", () => {
    // Dot segments resolve against the site's root: they can never climb out of it.
    expect(safeRedirectPath("/fr/../../en/cart", FALLBACK)).toBe("/en/cart");
    expect(safeRedirectPath("/fr/recherche?q=th%C3%A9", FALLBACK)).toBe("/fr/recherche?q=th%C3%A9");
  });

  it("refuses a file from a form (a value that is not text)", () => {
    expect(safeRedirectPath(new File(["/fr"], "x.txt"), FALLBACK)).toBe(FALLBACK);
  });
});
