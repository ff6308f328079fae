import { describe, expect, it } from "vitest";
import {
  changePasswordInput,
  emailChangeRequestInput,
  linkLoginInput,
  newPasswordSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  signUpInput,
} from "./auth";
import { msg } from "./messages";

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("newPasswordSchema", () => {
  it("asks for 10 to 256 characters, one message at a time, spaces included", () => {
    expect(messages(newPasswordSchema.safeParse(""))).toEqual([["", msg.required]]);
    expect(messages(newPasswordSchema.safeParse("x".repeat(PASSWORD_MIN_LENGTH - 1)))).toEqual([
      ["", msg.passwordTooShort],
    ]);
    expect(messages(newPasswordSchema.safeParse("x".repeat(PASSWORD_MAX_LENGTH + 1)))).toEqual([
      ["", msg.passwordTooLong],
    ]);
    expect(newPasswordSchema.parse("  dix cars ")).toBe("  dix cars ");
  });
});

describe("signUpInput", () => {
  it("normalizes the address, treats an empty name as none, and needs a locale", () => {
    expect(
      signUpInput.parse({
        email: " Ines@Example.TEST ",
        password: "un mot de passe",
        name: " ",
        locale: "en",
      }),
    ).toEqual({ email: "ines@example.test", password: "un mot de passe", name: null, locale: "en" });
    expect(messages(signUpInput.safeParse({ email: "x", password: "court", locale: "fr" }))).toEqual([
      ["email", msg.email],
      ["password", msg.passwordTooShort],
    ]);
  });
});

describe("changePasswordInput", () => {
  it("refuses a new password equal to the current one", () => {
    const same = "un mot de passe solide";
    expect(messages(changePasswordInput.safeParse({ currentPassword: same, newPassword: same }))).toEqual([
      ["newPassword", msg.passwordSame],
    ]);
  });
});

describe("emailChangeRequestInput", () => {
  it("reads an empty password field as no password", () => {
    expect(emailChangeRequestInput.parse({ newEmail: "a@b.co", currentPassword: "" })).toEqual({
      newEmail: "a@b.co",
      currentPassword: undefined,
    });
  });
});

describe("linkLoginInput", () => {
  it("accepts any token of sane size (a bad one is an invalid link, not a form error)", () => {
    expect(linkLoginInput.safeParse({ token: "short" }).success).toBe(true);
    expect(messages(linkLoginInput.safeParse({ token: "x".repeat(513) }))).toEqual([["token", msg.tooLong]]);
  });
});
