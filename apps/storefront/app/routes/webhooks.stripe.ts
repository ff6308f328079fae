// POST /webhooks/stripe: Stripe's (or the local emulator's) signed events. The signature covers the
// body byte for byte, so the request goes to the handler as it arrived: nothing here (nor in the
// server in front of Remix) may read or parse the body first.
import { handleStripeWebhook } from "@comptoir/api/webhooks";
import type { ActionFunctionArgs } from "@remix-run/node";

export const action = ({ request }: ActionFunctionArgs) => handleStripeWebhook(request);

/** Stripe only POSTs here; a browser or a crawler that GETs the URL is told so. */
export function loader() {
  return Response.json(
    { error: "method_not_allowed" },
    { status: 405, headers: { Allow: "POST", "Cache-Control": "no-store" } },
  );
}
