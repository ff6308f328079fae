import { describe, expect, it } from "vitest";
import {
  adminCategoryCreateInput,
  adminCategoryMoveInput,
  adminCategoryReorderInput,
  adminCategoryUpdateInput,
  slugFromName,
} from "./admin-categories";
import { msg } from "./messages";

const texts = (name: string, slug = "", description = "") => ({ name, slug, description });

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];
}

describe("adminCategoryCreateInput", () => {
  it("proposes each language's slug from its name when left empty", () => {
    const input = adminCategoryCreateInput.parse({
      parentId: "",
      fr: texts("  Thés & infusions ", "", "  Du monde entier. "),
      en: texts("Teas and infusions"),
    });
    expect(input).toEqual({
      parentId: null,
      fr: { name: "Thés & infusions", slug: "thes-infusions", description: "Du monde entier." },
      en: { name: "Teas and infusions", slug: "teas-and-infusions", description: "" },
    });
  });

  it("keeps a slug typed by staff, and refuses one that is not a slug", () => {
    expect(
      adminCategoryCreateInput.parse({ fr: texts("Thés", "the"), en: texts("Teas", "tea") }).fr.slug,
    ).toBe("the");
    const result = adminCategoryCreateInput.safeParse({
      fr: texts("Thés", "Thés verts"),
      en: texts("Teas"),
    });
    expect(issuesOf(result)).toEqual([["fr.slug", msg.slug]]);
  });

  it("requires both names, and a slug when the name proposes none", () => {
    expect(issuesOf(adminCategoryCreateInput.safeParse({ fr: texts("  "), en: texts("Teas") }))).toEqual([
      ["fr.name", msg.required],
    ]);
    expect(issuesOf(adminCategoryCreateInput.safeParse({ fr: texts("Thés") }))).toEqual([
      ["en", msg.required],
    ]);
    expect(issuesOf(adminCategoryCreateInput.safeParse({ fr: texts("!!!"), en: texts("Teas") }))).toEqual([
      ["fr.slug", msg.slug],
    ]);
  });

  it("bounds names and descriptions", () => {
    const long = adminCategoryCreateInput.safeParse({
      fr: texts("a".repeat(121)),
      en: texts("Teas", "", "b".repeat(2_001)),
    });
    expect(issuesOf(long)).toEqual([
      ["fr.name", msg.tooLong],
      ["en.description", msg.tooLong],
    ]);
  });
});

describe("the other category inputs", () => {
  it("reads an empty parent as the top level", () => {
    expect(adminCategoryMoveInput.parse({ categoryId: "c1", parentId: "" })).toEqual({
      categoryId: "c1",
      parentId: null,
    });
    expect(adminCategoryMoveInput.parse({ categoryId: "c1", parentId: "c2" }).parentId).toBe("c2");
    expect(adminCategoryMoveInput.safeParse({ categoryId: "c1", parentId: "../x" }).success).toBe(false);
  });

  it("moves up or down only", () => {
    expect(adminCategoryReorderInput.safeParse({ categoryId: "c1", direction: "up" }).success).toBe(true);
    expect(issuesOf(adminCategoryReorderInput.safeParse({ categoryId: "c1", direction: "left" }))).toEqual([
      ["direction", msg.required],
    ]);
  });

  it("needs the category being edited", () => {
    expect(
      issuesOf(adminCategoryUpdateInput.safeParse({ categoryId: "", fr: texts("A"), en: texts("A") })),
    ).toEqual([["categoryId", msg.required]]);
  });

  it("cuts a long proposed slug without leaving a hyphen at its end", () => {
    const slug = slugFromName(`${"a".repeat(199)} b`);
    expect(slug).toBe("a".repeat(199));
  });
});
