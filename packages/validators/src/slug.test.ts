import { describe, expect, it } from "vitest";
import { slugSchema } from "./catalog";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Café de Colombie", "cafe-de-colombie"],
    ["Chocolat noir 70 % Madagascar", "chocolat-noir-70-madagascar"],
    ["Œufs de Pâques pralinés", "oeufs-de-paques-pralines"],
    ["Sirop d’érable ambré, goût riche", "sirop-d-erable-ambre-gout-riche"],
    ["Coffret « L’heure du thé »", "coffret-l-heure-du-the"],
    ["Théière en fonte 0,8 l", "theiere-en-fonte-0-8-l"],
    ["  Hibiscus & Rosehip  ", "hibiscus-rosehip"],
    ["250 g", "250-g"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("always produces what the slug schema accepts (or nothing)", () => {
    for (const name of ["Thé « vert » — 50 g", "ÉTÉ 2026 !!!", "a--b", "---", "Ça & là"]) {
      const slug = slugify(name);
      expect(slug === "" || slugSchema.safeParse(slug).success, name).toBe(true);
    }
  });
});
