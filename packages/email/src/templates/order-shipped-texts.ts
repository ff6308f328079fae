// The shipping email's sentences in both languages. Placeholders are {{name}}, filled by the model.
import type { Locale } from "@comptoir/i18n";

export interface OrderShippedTexts {
  subject: string;
  preheader: string;
  heading: string;
  greeting: string;
  greetingNamed: string;
  intro: string;
  carrier: string;
  trackingNumber: string;
  track: string;
  trackText: string;
  noLink: string;
  itemsTitle: string;
  quantity: string;
  viewOrder: string;
  viewOrderText: string;
  questions: string;
  signature: string;
}

export const ORDER_SHIPPED_TEXTS: Record<Locale, OrderShippedTexts> = {
  fr: {
    subject: "Votre commande n° {{number}} est en route",
    preheader: "Elle a été confiée à {{carrier}} : suivez-la avec le numéro {{tracking}}.",
    heading: "Votre commande est en route",
    greeting: "Bonjour,",
    greetingNamed: "Bonjour {{name}},",
    intro: "Bonne nouvelle : votre commande n° {{number}} a quitté notre comptoir.",
    carrier: "Transporteur",
    trackingNumber: "Numéro de suivi",
    track: "Suivre mon colis",
    trackText: "Suivre votre colis : {{url}}",
    noLink: "Suivez votre colis sur le site du transporteur avec ce numéro.",
    itemsTitle: "Dans ce colis",
    quantity: "× {{quantity}}",
    viewOrder: "Voir ma commande",
    viewOrderText: "Voir votre commande : {{url}}",
    questions: "Une question ? Répondez simplement à ce message.",
    signature: "L’équipe Comptoir",
  },
  en: {
    subject: "Your order #{{number}} is on its way",
    preheader: "It is with {{carrier}}: track it with number {{tracking}}.",
    heading: "Your order is on its way",
    greeting: "Hello,",
    greetingNamed: "Hello {{name}},",
    intro: "Good news: your order #{{number}} has left our shop.",
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    track: "Track my parcel",
    trackText: "Track your parcel: {{url}}",
    noLink: "Track your parcel on the carrier's website with this number.",
    itemsTitle: "In this parcel",
    quantity: "× {{quantity}}",
    viewOrder: "View my order",
    viewOrderText: "View your order: {{url}}",
    questions: "A question? Just reply to this message.",
    signature: "The Comptoir team",
  },
};

/** Fills {{name}} placeholders; the values are plain text (the HTML version escapes the result). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
