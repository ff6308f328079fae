// zod messages are translation keys (namespace "errors"), so that forms and procedures show
// localized text: the apps translate `errors:validation.<key>`.
export const msg = {
  required: "validation.required",
  email: "validation.email",
  tooLong: "validation.too_long",
  slug: "validation.slug",
  number: "validation.number",
  priceRange: "validation.price_range",
} as const;
