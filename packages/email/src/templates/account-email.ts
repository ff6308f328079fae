import type { Locale } from "@comptoir/i18n";
import type { AccountEmailData } from "./account-email-data";
import { renderAccountEmailHtml } from "./account-email-html";
import { buildAccountEmailModel } from "./account-email-model";
import { renderAccountEmailText } from "./account-email-text";
import type { RenderedEmail } from "./order-confirmation";

/** A customer account email (verification, login link, reset, notices) as HTML and plain text. */
export function renderAccountEmail(data: AccountEmailData, locale: Locale): RenderedEmail {
  const model = buildAccountEmailModel(data, locale);
  return {
    subject: model.subject,
    html: renderAccountEmailHtml(model),
    text: renderAccountEmailText(model),
  };
}
