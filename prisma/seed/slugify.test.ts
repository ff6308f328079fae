import { describe, expect, it } from "vitest";
import { uniqueSlugs } from "./slugify";

describe("uniqueSlugs", () => {
  it("numbers repeats within one scope", () => {
    const next = uniqueSlugs();
    expect([next("Thé vert"), next("Thé Vert"), next("the vert"), next("Thé noir")]).toEqual([
      "the-vert",
      "the-vert-2",
      "the-vert-3",
      "the-noir",
    ]);
  });
});
