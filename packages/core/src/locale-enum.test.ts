import { Locale } from "@comptoir/db";
import { LOCALES } from "@comptoir/validators";
import { describe, expect, it } from "vitest";

describe("locales", () => {
  it("the database enum and the validators agree", () => {
    expect(Object.values(Locale).sort()).toEqual([...LOCALES].sort());
  });
});
