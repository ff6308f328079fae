// Turns a shipped order into the localized texts of its email, once, for both the HTML and the
// text version, so they never disagree on a number or a link.
import type { Locale } from "@comptoir/i18n";
import type { OrderShippedData } from "./order-shipped-data";
import { fill, ORDER_SHIPPED_TEXTS } from "./order-shipped-texts";

export interface OrderShippedModel {
  locale: Locale;
  subject: string;
  preheader: string;
  heading: string;
  greeting: string;
  intro: string;
  facts: { label: string; value: string }[];
  tracking: { url: string; label: string; text: string } | null;
  noLink: string;
  itemsTitle: string;
  lines: { name: string; variant: string; quantity: string }[];
  orderUrl: string;
  viewOrder: string;
  viewOrderText: string;
  questions: string;
  signature: string;
}

function assertWebUrl(url: string, what: string): string {
  // The link lands in an href: anything but http(s) (javascript:, data:) must never get there.
  if (!URL.canParse(url) || !["http:", "https:"].includes(new URL(url).protocol)) {
    throw new Error(`${what} must be an absolute http(s) URL`);
  }
  return url;
}

export function buildOrderShippedModel(data: OrderShippedData, locale: Locale): OrderShippedModel {
  const texts = ORDER_SHIPPED_TEXTS[locale];
  const number = String(data.orderNumber);
  const orderUrl = assertWebUrl(data.orderUrl, "orderUrl");
  const trackingUrl = data.trackingUrl ? assertWebUrl(data.trackingUrl, "trackingUrl") : null;
  const name = data.customerName?.trim();
  return {
    locale,
    subject: fill(texts.subject, { number }),
    preheader: fill(texts.preheader, { carrier: data.carrierName, tracking: data.trackingNumber }),
    heading: texts.heading,
    greeting: name ? fill(texts.greetingNamed, { name }) : texts.greeting,
    intro: fill(texts.intro, { number }),
    facts: [
      { label: texts.carrier, value: data.carrierName },
      { label: texts.trackingNumber, value: data.trackingNumber },
    ],
    tracking: trackingUrl
      ? { url: trackingUrl, label: texts.track, text: fill(texts.trackText, { url: trackingUrl }) }
      : null,
    noLink: texts.noLink,
    itemsTitle: texts.itemsTitle,
    lines: data.lines.map((line) => ({
      name: line.productName,
      variant: line.variantName ?? "",
      quantity: fill(texts.quantity, { quantity: new Intl.NumberFormat(locale).format(line.quantity) }),
    })),
    orderUrl,
    viewOrder: texts.viewOrder,
    viewOrderText: fill(texts.viewOrderText, { url: orderUrl }),
    questions: texts.questions,
    signature: texts.signature,
  };
}
