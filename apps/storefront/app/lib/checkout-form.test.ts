import { describe, expect, it } from "vitest";
import { checkCheckoutForm, checkoutCommandOf, readCheckoutValues } from "./checkout-form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const french = {
  email: "Camille@Example.com",
  name: "Camille Dupont",
  line1: "12 rue des Lilas",
  line2: "",
  postalCode: "75011",
  city: "Paris",
  country: "FR",
  region: "",
  phone: "",
  shippingRateId: "rate_1",
};

describe("readCheckoutValues", () => {
  it("reads the form's fields only, and cuts what is too long to echo", () => {
    const data = form({ ...french, intent: "pay", total: "1", line2: "x".repeat(5000) });
    data.append("city", "second value ignored");
    data.set("phone", new Blob(["a file"]));
    const values = readCheckoutValues(data);
    expect(values).not.toHaveProperty("intent");
    expect(values).not.toHaveProperty("total");
    expect(values.city).toBe("Paris");
    expect(values.line2).toHaveLength(256);
    expect(values.email).toBe("Camille@Example.com");
    expect(values).not.toHaveProperty("phone");
  });

  it("leaves absent fields absent", () => {
    expect(readCheckoutValues(form({ email: "a@b.co" }))).toEqual({ email: "a@b.co" });
  });
});

describe("checkoutCommandOf", () => {
  it("puts the address fields under address, as checkout.start takes them", () => {
    expect(checkoutCommandOf({ email: "a@b.co", city: "Lyon", shippingRateId: "r" })).toEqual({
      email: "a@b.co",
      address: {
        name: "",
        line1: "",
        line2: "",
        postalCode: "",
        city: "Lyon",
        country: "",
        region: "",
        phone: "",
      },
      shippingRateId: "r",
    });
  });
});

describe("checkCheckoutForm", () => {
  it("accepts a complete French address", () => {
    const checked = checkCheckoutForm(french, "fr");
    expect(checked).toEqual({ ok: true, command: checkoutCommandOf(french) });
  });

  it("accepts a Canadian address with its province", () => {
    const checked = checkCheckoutForm(
      {
        ...french,
        postalCode: "h2x1y4",
        city: "Montréal",
        country: "CA",
        region: "QC",
        phone: "+1 514 555 0100",
      },
      "en",
    );
    expect(checked.ok).toBe(true);
  });

  it("names every bad field at once with the validators' translation keys", () => {
    const checked = checkCheckoutForm(
      {
        ...french,
        email: "not-an-email",
        name: " ",
        postalCode: "7500",
        phone: "call me",
        shippingRateId: "",
      },
      "fr",
    );
    expect(checked).toEqual({
      ok: false,
      formError: null,
      fieldErrors: {
        email: "validation.email",
        name: "validation.required",
        postalCode: "validation.postal_code",
        phone: "validation.phone",
        // No method chosen: said in the words of a refused method rather than "required".
        shippingRateId: "SHIPPING_METHOD_INVALID",
      },
    });
  });

  it("asks a Canadian address for its province, and refuses a country the shop does not ship to", () => {
    expect(checkCheckoutForm({ ...french, country: "CA", postalCode: "H2X 1Y4" }, "fr")).toMatchObject({
      ok: false,
      fieldErrors: { region: "validation.region" },
    });
    expect(checkCheckoutForm({ ...french, country: "US" }, "fr")).toMatchObject({
      ok: false,
      fieldErrors: { country: "validation.country" },
    });
  });

  it("treats a form without any field as bad fields, not as a crash", () => {
    expect(checkCheckoutForm({}, "en")).toMatchObject({
      ok: false,
      fieldErrors: { email: "validation.required", name: "validation.required", city: "validation.required" },
    });
  });
});
