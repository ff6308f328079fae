import { describe, expect, it } from "vitest";
import { slugify, uniqueSlugs } from "./slugify";

describe("slugify", () => {
  it.each([
    ["Café de Colombie", "cafe-de-colombie"],
    ["Chocolat noir 70 % Madagascar", "chocolat-noir-70-madagascar"],
    ["Œufs de Pâques pralinés", "oeufs-de-paques-pralines"],
    ["Sirop d’érable ambré, goût riche", "sirop-d-erable-ambre-gout-riche"],
    ["Coffret « L’heure du thé »", "coffret-l-heure-du-the"],
    ["Théière en fonte 0,8 l", "theiere-en-fonte-0-8-l"],
    ["  Hibiscus & Rosehip  ", "hibiscus-rosehip"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

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
