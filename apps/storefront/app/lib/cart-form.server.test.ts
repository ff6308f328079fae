import { describe, expect, it } from "vitest";
import { parseCartForm } from "./cart-form.server";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("parseCartForm", () => {
  it("reads each intent into a command", () => {
    expect(parseCartForm(form({ intent: "add", variantId: "v1", quantity: "2" }))).toEqual({
      ok: true,
      command: { intent: "add", variantId: "v1", quantity: 2 },
      values: { quantity: "2" },
    });
    expect(parseCartForm(form({ intent: "update", variantId: "v1", quantity: "0" }))).toMatchObject({
      ok: true,
      command: { intent: "update", variantId: "v1", quantity: 0 },
    });
    expect(parseCartForm(form({ intent: "remove", variantId: "v1" }))).toMatchObject({
      ok: true,
      command: { intent: "remove", variantId: "v1" },
    });
    expect(parseCartForm(form({ intent: "applyDiscount", code: "  bienvenue10 " }))).toEqual({
      ok: true,
      command: { intent: "applyDiscount", code: "BIENVENUE10" },
      values: { code: "  bienvenue10 " },
    });
    expect(parseCartForm(form({ intent: "removeDiscount" }))).toMatchObject({
      ok: true,
      command: { intent: "removeDiscount" },
    });
  });

  it("adds one unit when the quantity is absent or empty", () => {
    expect(parseCartForm(form({ intent: "add", variantId: "v1" }))).toMatchObject({
      command: { quantity: 1 },
    });
    expect(parseCartForm(form({ intent: "add", variantId: "v1", quantity: " " }))).toMatchObject({
      command: { quantity: 1 },
    });
  });

  it("ignores any price or other field a client adds", () => {
    const parsed = parseCartForm(
      form({ intent: "add", variantId: "v1", quantity: "1", unitAmount: "1", price: "0" }),
    );
    expect(parsed).toEqual({
      ok: true,
      command: { intent: "add", variantId: "v1", quantity: 1 },
      values: { quantity: "1" },
    });
  });

  it.each([
    [{ intent: "update", variantId: "v1", quantity: "" }, "validation.quantity"],
    [{ intent: "update", variantId: "v1", quantity: "-1" }, "validation.quantity"],
    [{ intent: "update", variantId: "v1", quantity: "1.5" }, "validation.quantity"],
    [{ intent: "update", variantId: "v1", quantity: "deux" }, "validation.quantity"],
    [{ intent: "add", variantId: "v1", quantity: "0" }, "validation.quantity"],
    [{ intent: "add", variantId: "v1", quantity: "100" }, "validation.quantity"],
    [{ intent: "update", variantId: "v1", quantity: "5000" }, "validation.quantity"],
    [{ intent: "applyDiscount", code: "   " }, "validation.required"],
    [{ intent: "applyDiscount", code: "NO SPACES" }, "validation.discount_code"],
    [{ intent: "applyDiscount", code: "X".repeat(65) }, "validation.discount_code"],
  ])("refuses %o with %s, keeping what was typed", (fields, error) => {
    const parsed = parseCartForm(form(fields));
    expect(parsed).toMatchObject({ ok: false, intent: fields.intent, error });
    if (!parsed.ok && "quantity" in fields) expect(parsed.values.quantity).toBe(fields.quantity);
  });

  it("answers BAD_REQUEST to a form it did not render", () => {
    expect(parseCartForm(form({ intent: "checkout" }))).toMatchObject({
      ok: false,
      intent: null,
      error: "BAD_REQUEST",
    });
    expect(parseCartForm(form({}))).toMatchObject({ ok: false, intent: null });
    // A line form without its line: nothing to attach an error to, nothing sent to the API.
    expect(parseCartForm(form({ intent: "remove", variantId: "" }))).toMatchObject({ ok: false });
    expect(parseCartForm(form({ intent: "remove", variantId: "v1;drop" }))).toMatchObject({ ok: false });
  });
});
