import type {
  Charge,
  CheckoutSession,
  LineItem,
  Metadata,
  PaymentIntent,
  Refund,
  StripeEvent,
} from "./objects";

/** What a session says about the PaymentIntent it creates once the shopper pays (`payment_intent_data`). */
export interface PaymentIntentData {
  description: string | null;
  metadata: Metadata;
  receiptEmail: string | null;
}

/** Everything the emulator knows, in memory: it is a development tool and forgets it all on restart. */
export class Store {
  readonly sessions = new Map<string, CheckoutSession>();
  readonly lineItems = new Map<string, LineItem[]>();
  readonly paymentIntentData = new Map<string, PaymentIntentData>();
  readonly paymentIntents = new Map<string, PaymentIntent>();
  readonly charges = new Map<string, Charge>();
  readonly refunds = new Map<string, Refund>();
  readonly events = new Map<string, StripeEvent>();

  /** Any object by id, for expansion (`expand[]=payment_intent`). */
  find(id: string): CheckoutSession | PaymentIntent | Charge | Refund | undefined {
    return (
      this.sessions.get(id) ?? this.paymentIntents.get(id) ?? this.charges.get(id) ?? this.refunds.get(id)
    );
  }

  /** Newest first, like every Stripe list. */
  refundsWhere(filter: { charge?: string; paymentIntent?: string }): Refund[] {
    return [...this.refunds.values()]
      .filter((refund) => !filter.charge || refund.charge === filter.charge)
      .filter((refund) => !filter.paymentIntent || refund.payment_intent === filter.paymentIntent)
      .reverse();
  }
}
