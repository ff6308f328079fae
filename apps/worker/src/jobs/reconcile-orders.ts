// Scheduled: settles pending orders whose webhook never came, and ends those whose stock reservation
// ran out (closing their Stripe session first). Safe to run concurrently with webhooks: every change
// goes through the same settle functions, which lock the order and agree on the outcome.
import { orders } from "@comptoir/core";
import type { Db } from "@comptoir/db";
import type { Stripe } from "@comptoir/payments";

export async function reconcileOrders(
  db: Db,
  deps: { stripe: Stripe; effects: orders.TransitionEffects },
): Promise<orders.ReconcileReport> {
  return orders.reconcilePendingOrders(db, { stripe: deps.stripe, effects: deps.effects });
}
