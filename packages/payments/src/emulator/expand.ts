import { invalidRequest } from "./api-error";
import type { EmulatorContext } from "./context";
import { list } from "./objects";

type Json = Record<string, unknown>;

/** Fields that are absent unless asked for, in the API version the emulator speaks. */
function includable(ctx: EmulatorContext, object: Json, field: string): unknown {
  const id = String(object.id);
  if (object.object === "checkout.session" && field === "line_items") {
    return list(`/v1/checkout/sessions/${id}/line_items`, ctx.store.lineItems.get(id) ?? []);
  }
  if (object.object === "charge" && field === "refunds") {
    return list(`/v1/charges/${id}/refunds`, ctx.store.refundsWhere({ charge: id }));
  }
  return undefined;
}

function expandPath(ctx: EmulatorContext, object: Json, path: string[], full: string): void {
  const [field, ...rest] = path;
  if (!field) return;
  let value = object[field];
  if (typeof value === "string") {
    const target = ctx.store.find(value);
    if (!target) throw invalidRequest(`This property cannot be expanded (${full}).`, "expand");
    value = structuredClone(target);
  } else if (value === undefined) {
    value = includable(ctx, object, field);
    if (value === undefined) throw invalidRequest(`This property cannot be expanded (${full}).`, "expand");
  } else if (value === null) {
    // Stripe leaves a null reference null (e.g. a session's payment_intent before the first attempt).
    return;
  }
  object[field] = value;
  if (rest.length === 0 || typeof value !== "object" || value === null) return;
  if ((value as Json).object === "list") {
    // Inside a list, Stripe's paths name its `data` (`line_items.data.price`).
    const [data, ...inner] = rest;
    if (data !== "data") throw invalidRequest(`This property cannot be expanded (${full}).`, "expand");
    for (const item of (value as Json).data as Json[]) expandPath(ctx, item, inner, full);
    return;
  }
  expandPath(ctx, value as Json, rest, full);
}

/**
 * The JSON answer for an object: a copy, with the references named in `expand[]` replaced by the
 * objects (dotted paths go deeper: `payment_intent.latest_charge`), as Stripe does.
 */
export function render(ctx: EmulatorContext, object: object, expand: readonly string[] = []): Json {
  const copy = structuredClone(object) as Json;
  for (const path of expand) {
    if (path.split(".").length > 4)
      throw invalidRequest("You cannot expand more than 4 levels of a property.", "expand");
    expandPath(ctx, copy, path.split("."), path);
  }
  return copy;
}
