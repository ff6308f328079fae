// zod messages are translation keys (namespace "errors"), so that forms and procedures show
// localized text: the apps translate `errors:validation.<key>`.
export const msg = {
  required: "validation.required",
  email: "validation.email",
  tooLong: "validation.too_long",
  slug: "validation.slug",
  number: "validation.number",
  date: "validation.date",
  priceRange: "validation.price_range",
  passwordTooShort: "validation.password_too_short",
  passwordTooLong: "validation.password_too_long",
  /** Set by the server only: the common-password check needs a dictionary browsers never load. */
  passwordCommon: "validation.password_common",
  passwordSame: "validation.password_same",
  emailUnchanged: "validation.email_unchanged",
} as const;
