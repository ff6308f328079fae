import { describe, expect, it } from "vitest";
import {
  accountMsg,
  addressCreateInput,
  addressUpdateInput,
  deleteAccountConfirmation,
  orderHistoryInput,
  profileUpdateInput,
} from "./account";
import { addressMsg } from "./address";
import { msg } from "./messages";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("profileUpdateInput", () => {
  it("trims the name, reads an empty one as none, and bounds it to 100 characters", () => {
    expect(profileUpdateInput.parse({ name: "  Camille ", locale: "en" })).toEqual({
      name: "Camille",
      locale: "en",
    });
    expect(profileUpdateInput.parse({ name: " ", locale: "fr" })).toEqual({ name: null, locale: "fr" });
    expect(profileUpdateInput.parse({ locale: "fr" })).toEqual({ name: null, locale: "fr" });
    expect(issues(profileUpdateInput.safeParse({ name: "x".repeat(101), locale: "de" }))).toEqual([
      ["name", msg.tooLong],
      ["locale", accountMsg.locale],
    ]);
  });
});

describe("address book inputs", () => {
  it("apply the checkout's rules to the address and keep the default flags", () => {
    expect(
      addressCreateInput.parse({
        name: "Alex",
        line1: "500 rue Sherbrooke",
        postalCode: "h2x1y4",
        city: "Montréal",
        country: "CA",
        region: "qc",
        defaultBilling: true,
      }),
    ).toMatchObject({ postalCode: "H2X 1Y4", region: "QC", defaultBilling: true });
    expect(
      issues(
        addressUpdateInput.safeParse({
          id: "",
          name: "A",
          line1: "1",
          postalCode: "1",
          city: "P",
          country: "FR",
        }),
      ),
    ).toEqual([
      ["postalCode", addressMsg.postalCode],
      ["id", msg.required],
    ]);
  });
});

describe("orderHistoryInput", () => {
  it("defaults to the first page of 10 and refuses pages below 1", () => {
    expect(orderHistoryInput.parse(undefined)).toEqual({ page: 1, pageSize: 10 });
    expect(orderHistoryInput.parse({ page: 3 })).toEqual({ page: 3, pageSize: 10 });
    expect(orderHistoryInput.safeParse({ page: 0 }).success).toBe(false);
    expect(orderHistoryInput.safeParse({ pageSize: 51 }).success).toBe(false);
  });
});

describe("deleteAccountConfirmation", () => {
  const schema = deleteAccountConfirmation("Camille@Example.test");

  it("accepts the account's own address, whatever its case, and an empty password as none", () => {
    expect(schema.parse({ confirmEmail: " camille@example.TEST ", password: "" })).toEqual({
      confirmEmail: "camille@example.test",
      password: undefined,
    });
  });

  it("refuses any other address on the confirmEmail field", () => {
    expect(issues(schema.safeParse({ confirmEmail: "alex@example.test", password: "x" }))).toEqual([
      ["confirmEmail", accountMsg.confirmEmail],
    ]);
  });
});
