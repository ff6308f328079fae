// The category form goes through conform, which reads an emptied field as "not given" before the
// schema sees it: what a browser sends must still pass, with slugs proposed from the names.
import { parseWithZod } from "@conform-to/zod/v4";
import { adminCategoryCreateInput, adminCategoryUpdateInput } from "@comptoir/validators";
import { describe, expect, it } from "vitest";

function formOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("the category texts form", () => {
  it("accepts emptied slugs, descriptions and parent, as a browser sends them", () => {
    const submission = parseWithZod(
      formOf({
        intent: "create",
        parentId: "",
        "fr.name": "Épicerie fine",
        "fr.slug": "",
        "fr.description": "",
        "en.name": "Fine foods",
        "en.slug": "",
        "en.description": " Oils, vinegars ",
      }),
      { schema: adminCategoryCreateInput },
    );
    expect(submission.status === "success" ? submission.value : submission.error).toEqual({
      parentId: null,
      fr: { name: "Épicerie fine", slug: "epicerie-fine", description: "" },
      en: { name: "Fine foods", slug: "fine-foods", description: "Oils, vinegars" },
    });
  });

  it("puts each problem on its field", () => {
    const submission = parseWithZod(
      formOf({ categoryId: "c1", "fr.name": "", "fr.slug": "Pas un slug", "en.name": "Teas" }),
      { schema: adminCategoryUpdateInput },
    );
    expect(submission.status).toBe("error");
    expect(submission.status === "error" ? submission.error : null).toEqual({
      "fr.name": ["validation.required"],
      "fr.slug": ["validation.slug"],
    });
  });
});
