import { z } from "zod";
import { currency, expand, httpUrl, integer, metadata, nonNegativeInteger, positiveInteger } from "./params";

// The parameters of POST /v1/checkout/sessions that the emulator implements. Objects are strict: a
// parameter it does not know is refused rather than ignored, so nothing works here that would behave
// differently against Stripe.

const productData = z.strictObject({
  name: z.string().min(1, "must not be empty"),
  description: z.string().optional(),
  images: z.array(httpUrl).max(8).optional(),
  metadata: metadata.optional(),
});

const priceData = z.strictObject({
  currency,
  unit_amount: nonNegativeInteger,
  product_data: productData,
  tax_behavior: z.enum(["exclusive", "inclusive", "unspecified"]).optional(),
});

const lineItem = z.strictObject({
  price: z.string().optional(),
  price_data: priceData.optional(),
  quantity: positiveInteger,
});

// Stripe's Checkout locales: "auto", a language, or a language with a region (fr-CA, pt-BR, es-419).
const locale = z.string().regex(/^(auto|[a-z]{2,3}(-([A-Z]{2}|\d{3}))?)$/, "is not a supported locale");

export const createSessionParams = z.strictObject({
  mode: z.enum(["payment", "setup", "subscription"]),
  line_items: z
    .array(lineItem)
    .min(1, "must contain at least one item")
    .max(100, "must contain at most 100 items"),
  success_url: httpUrl,
  cancel_url: httpUrl.optional(),
  customer_email: z.email("is not a valid email address").optional(),
  client_reference_id: z.string().min(1).max(200).optional(),
  metadata: metadata.optional(),
  expires_at: integer.optional(),
  locale: locale.optional(),
  payment_intent_data: z
    .strictObject({
      description: z.string().max(1000).optional(),
      metadata: metadata.optional(),
      receipt_email: z.email("is not a valid email address").optional(),
    })
    .optional(),
  expand,
});

export type CreateSessionParams = z.infer<typeof createSessionParams>;

export const expandOnly = z.strictObject({ expand });
