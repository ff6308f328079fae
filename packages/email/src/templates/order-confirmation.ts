import type { Locale } from "@comptoir/i18n";
import type { OrderConfirmationData } from "./order-confirmation-data";
import { renderOrderConfirmationHtml } from "./order-confirmation-html";
import { buildOrderConfirmationModel } from "./order-confirmation-model";
import { renderOrderConfirmationText } from "./order-confirmation-text";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The order confirmation in the customer's language, as HTML and plain text. */
export function renderOrderConfirmation(data: OrderConfirmationData, locale: Locale): RenderedEmail {
  const model = buildOrderConfirmationModel(data, locale);
  return {
    subject: model.subject,
    html: renderOrderConfirmationHtml(model),
    text: renderOrderConfirmationText(model),
  };
}
