import { describe, expect, it } from "vitest";
import { adminProductListInput, emailSchema, isLocale, msg, passwordLoginInput, slugSchema } from "./index";

describe("emailSchema", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  Camille@Example.COM ")).toBe("camille@example.com");
  });

  it("answers with translation keys, not English", () => {
    const empty = emailSchema.safeParse("");
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe(msg.required);
    expect(emailSchema.safeParse("not-an-email").error?.issues[0]?.message).toBe(msg.email);
  });
});

describe("passwordLoginInput", () => {
  it("requires both fields", () => {
    const result = passwordLoginInput.safeParse({ email: "a@b.co", password: "" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["password", msg.required],
    ]);
  });
});

describe("catalog inputs", () => {
  it("bounds page sizes to 100", () => {
    expect(adminProductListInput.safeParse({ locale: "fr", pageSize: 101 }).success).toBe(false);
    expect(adminProductListInput.parse({ locale: "en" })).toMatchObject({ page: 1, pageSize: 25 });
  });

  it("accepts only lower-case kebab slugs", () => {
    expect(slugSchema.safeParse("cafe-de-colombie").success).toBe(true);
    expect(slugSchema.safeParse("Café de Colombie").success).toBe(false);
    expect(slugSchema.safeParse("../etc").success).toBe(false);
  });

  it("knows the shop's locales", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
  });
});
