import type { Locale } from "@comptoir/i18n";
import type { RenderedEmail } from "./order-confirmation";
import type { OrderShippedData } from "./order-shipped-data";
import { renderOrderShippedHtml } from "./order-shipped-html";
import { buildOrderShippedModel } from "./order-shipped-model";
import { renderOrderShippedText } from "./order-shipped-text";

/** The shipping email (carrier, tracking number and link) in the customer's language. */
export function renderOrderShipped(data: OrderShippedData, locale: Locale): RenderedEmail {
  const model = buildOrderShippedModel(data, locale);
  return {
    subject: model.subject,
    html: renderOrderShippedHtml(model),
    text: renderOrderShippedText(model),
  };
}
