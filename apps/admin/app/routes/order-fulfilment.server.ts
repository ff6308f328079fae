// The order page's shipping, delivery and cancellation forms, sent to the admin procedures. Kept
// beside the route so that the route module stays about showing the order.
import { fieldErrorsFromError } from "@comptoir/api";
import type { FulfilmentIntent, FulfilmentResult } from "~/components/order-fulfilment";
import type { requireStaff } from "~/lib/api.server";

type Api = Awaited<ReturnType<typeof requireStaff>>["api"];

export function fulfilmentIntentOf(value: FormDataEntryValue | null): FulfilmentIntent | null {
  return value === "fulfil" || value === "deliver" || value === "cancel" ? value : null;
}

/**
 * Runs the form's procedure. Returns a result for the form on a refusal the form explains; errors
 * the route handles itself (re-authentication, domain codes) are thrown on.
 */
export async function runFulfilmentIntent(
  api: Api,
  intent: FulfilmentIntent,
  orderId: string,
  form: FormData,
): Promise<FulfilmentResult> {
  const text = (name: string) => String(form.get(name) ?? "");
  if (intent === "cancel") {
    // The confirmation step, without JavaScript: the box must be ticked, or nothing happens.
    if (form.get("confirm") !== "yes") return { intent, error: "confirmRequired", field: "confirm" };
    await api.admin.orders.cancel({ orderId, reason: text("reason").trim() || undefined });
    return { intent, error: null, done: true };
  }
  if (intent === "deliver") {
    await api.admin.orders.markDelivered({ orderId });
    return { intent, error: null, done: true };
  }
  const carrier = text("carrier") === "other" ? text("carrierOther") : text("carrier");
  try {
    await api.admin.orders.fulfil({ orderId, carrier, trackingNumber: text("trackingNumber") });
  } catch (error) {
    const fields = fieldErrorsFromError(error);
    const field = fields?.carrier ? "carrier" : fields?.trackingNumber ? "trackingNumber" : null;
    if (!field) throw error;
    return { intent, error: fields?.[field]?.[0] ?? "validation.required", field };
  }
  return { intent, error: null, done: true };
}
