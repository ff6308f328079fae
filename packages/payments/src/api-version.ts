import type Stripe from "stripe";

/**
 * The Stripe API version every request and every emulated event uses. Pinned (and typed against the
 * SDK's own) so that an SDK upgrade which moves the version fails the typecheck instead of silently
 * changing the shape of the objects the webhook handlers read. Set the webhook endpoint in the
 * Dashboard to the same version (docs/payments.md).
 */
export const STRIPE_API_VERSION = "2026-10-28.endive" satisfies Stripe.LatestApiVersion;
