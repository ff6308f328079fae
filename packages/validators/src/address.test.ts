import { describe, expect, it } from "vitest";
import { addressMsg, normalizePostalCode, shippingAddressSchema } from "./address";

const french = {
  name: "Camille Martin",
  line1: "12 rue des Lilas",
  city: "Lyon",
  postalCode: "69003",
  country: "FR",
};
const quebec = {
  name: "Alex Tremblay",
  line1: "4500 rue Saint-Denis",
  city: "Montréal",
  postalCode: "h2j 2l3",
  country: "CA",
  region: "qc",
};

const issuesOf = (input: unknown) =>
  shippingAddressSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("shippingAddressSchema", () => {
  it("accepts a French address and drops empty optional fields", () => {
    expect(shippingAddressSchema.parse({ ...french, line2: " ", phone: "", region: "ARA" })).toEqual({
      ...french,
      line2: undefined,
      phone: undefined,
      region: undefined,
    });
  });

  it("normalizes Canadian postal codes and provinces", () => {
    expect(shippingAddressSchema.parse({ ...quebec, phone: "+1 514-555-0199" })).toMatchObject({
      postalCode: "H2J 2L3",
      region: "QC",
      phone: "+1 514-555-0199",
    });
    expect(shippingAddressSchema.parse({ ...quebec, postalCode: "H2J2L3" }).postalCode).toBe("H2J 2L3");
  });

  it("requires a known province in Canada", () => {
    expect(issuesOf({ ...quebec, region: undefined })).toEqual([["region", addressMsg.region]]);
    expect(issuesOf({ ...quebec, region: "XX" })).toEqual([["region", addressMsg.region]]);
  });

  it("checks postal codes against the country's format", () => {
    for (const postalCode of ["6900", "690033", "ABCDE"]) {
      expect(issuesOf({ ...french, postalCode }), postalCode).toEqual([
        ["postalCode", addressMsg.postalCode],
      ]);
    }
    for (const postalCode of ["D2J 2L3", "H2J 2L", "69003", "W1A 1A1"]) {
      expect(issuesOf({ ...quebec, postalCode }), postalCode).toEqual([
        ["postalCode", addressMsg.postalCode],
      ]);
    }
    expect(normalizePostalCode("FR", " 75 001 ")).toBe("75001");
  });

  it("refuses countries the shop does not ship to, and reports every field at once", () => {
    expect(issuesOf({ ...french, country: "US" })).toEqual([["country", addressMsg.country]]);
    // As a form sends it: empty fields are empty strings.
    expect(issuesOf({ name: "", line1: "", city: " ", country: "FR", postalCode: "1" })).toEqual([
      ["name", "validation.required"],
      ["line1", "validation.required"],
      ["city", "validation.required"],
      ["postalCode", addressMsg.postalCode],
    ]);
  });

  it("refuses a malformed phone number", () => {
    expect(issuesOf({ ...french, phone: "call me" })).toEqual([["phone", addressMsg.phone]]);
  });
});
