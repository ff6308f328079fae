import { z } from "zod";
import { resourceMissing } from "./api-error";
import { createSessionParams, expandOnly } from "./checkout-session-params";
import { createCheckoutSession, expireCheckoutSession, getCheckoutSession } from "./checkout-sessions";
import type { EmulatorContext, RequestInfo } from "./context";
import { render } from "./expand";
import { list } from "./objects";
import { type Params, expand, validateParams } from "./params";
import { createRefund, createRefundParams } from "./refunds";

export interface ApiCall {
  /** Named segments of the path (`:id`). */
  path: Record<string, string>;
  /** Form body (POST) or query string (GET), parsed. */
  params: Params;
  request: RequestInfo;
}

export interface ApiRoute {
  method: "GET" | "POST";
  pattern: string;
  handle(ctx: EmulatorContext, call: ApiCall): object;
}

const id = (call: ApiCall) => call.path.id ?? "";

const listRefundsParams = z.strictObject({
  payment_intent: z.string().optional(),
  charge: z.string().optional(),
  limit: z.string().optional(),
  expand,
});

/** The Stripe API endpoints the emulator answers; anything else gets Stripe's "Unrecognized request URL". */
export const API_ROUTES: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/checkout/sessions",
    handle(ctx, call) {
      const params = validateParams(createSessionParams, call.params);
      return render(ctx, createCheckoutSession(ctx, params), params.expand);
    },
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions/:id",
    handle(ctx, call) {
      const { expand } = validateParams(expandOnly, call.params);
      return render(ctx, getCheckoutSession(ctx, id(call)), expand);
    },
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions/:id/line_items",
    handle(ctx, call) {
      const session = getCheckoutSession(ctx, id(call));
      return list(
        `/v1/checkout/sessions/${session.id}/line_items`,
        ctx.store.lineItems.get(session.id) ?? [],
      );
    },
  },
  {
    method: "POST",
    pattern: "/v1/checkout/sessions/:id/expire",
    handle(ctx, call) {
      const { expand } = validateParams(expandOnly, call.params);
      return render(ctx, expireCheckoutSession(ctx, id(call), call.request), expand);
    },
  },
  {
    method: "GET",
    pattern: "/v1/payment_intents/:id",
    handle(ctx, call) {
      const { expand } = validateParams(expandOnly, call.params);
      const intent = ctx.store.paymentIntents.get(id(call));
      if (!intent) throw resourceMissing("payment_intent", id(call), "intent");
      return render(ctx, intent, expand);
    },
  },
  {
    method: "GET",
    pattern: "/v1/charges/:id",
    handle(ctx, call) {
      const { expand } = validateParams(expandOnly, call.params);
      const charge = ctx.store.charges.get(id(call));
      if (!charge) throw resourceMissing("charge", id(call), "charge");
      return render(ctx, charge, expand);
    },
  },
  {
    method: "POST",
    pattern: "/v1/refunds",
    handle(ctx, call) {
      const params = validateParams(createRefundParams, call.params);
      return render(ctx, createRefund(ctx, params, call.request), params.expand);
    },
  },
  {
    method: "GET",
    pattern: "/v1/refunds",
    handle(ctx, call) {
      const params = validateParams(listRefundsParams, call.params);
      const refunds = ctx.store.refundsWhere({ charge: params.charge, paymentIntent: params.payment_intent });
      return list(
        "/v1/refunds",
        refunds.map((refund) => render(ctx, refund, params.expand)),
      );
    },
  },
  {
    method: "GET",
    pattern: "/v1/refunds/:id",
    handle(ctx, call) {
      const { expand } = validateParams(expandOnly, call.params);
      const refund = ctx.store.refunds.get(id(call));
      if (!refund) throw resourceMissing("refund", id(call), "refund");
      return render(ctx, refund, expand);
    },
  },
  {
    method: "GET",
    pattern: "/v1/events/:id",
    handle(ctx, call) {
      const event = ctx.store.events.get(id(call));
      if (!event) throw resourceMissing("event", id(call), "id");
      return structuredClone(event);
    },
  },
];

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Finds the route for a request and the values of its `:named` segments. */
export function matchRoute(
  method: string,
  pathname: string,
): { route: ApiRoute; path: Record<string, string> } | null {
  const segments = pathname.replace(/\/+$/, "").split("/");
  for (const route of API_ROUTES) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split("/");
    if (pattern.length !== segments.length) continue;
    const path: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? "";
      if (part.startsWith(":")) {
        path[part.slice(1)] = safeDecode(segment);
        return segment !== "";
      }
      return part === segment;
    });
    if (matches) return { route, path };
  }
  return null;
}
