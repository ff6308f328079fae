import { createHmac } from "node:crypto";

/**
 * The `Stripe-Signature` header of a webhook request: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" keyed with the endpoint's whsec_ secret>`, the scheme `stripe.webhooks.constructEvent`
 * verifies. Each delivery attempt is signed anew with the time it is sent.
 */
export function signatureHeader(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}
