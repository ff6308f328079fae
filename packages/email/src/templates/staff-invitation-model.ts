// Turns an invitation into the localized texts of its email, once, for both the HTML and the text
// version, so they never disagree on the link or the date.
import type { Locale } from "@comptoir/i18n";
import { fill } from "./order-shipped-texts";
import type { StaffInvitationData } from "./staff-invitation-data";
import { STAFF_INVITATION_TEXTS } from "./staff-invitation-texts";

export interface StaffInvitationModel {
  locale: Locale;
  subject: string;
  preheader: string;
  heading: string;
  greeting: string;
  paragraphs: string[];
  acceptUrl: string;
  accept: string;
  acceptText: string;
  linkFallback: string;
  notes: string[];
  signature: string;
}

export function buildStaffInvitationModel(data: StaffInvitationData, locale: Locale): StaffInvitationModel {
  const texts = STAFF_INVITATION_TEXTS[locale];
  // The link lands in an href: anything but http(s) (javascript:, data:) must never get there.
  if (!URL.canParse(data.acceptUrl) || !["http:", "https:"].includes(new URL(data.acceptUrl).protocol)) {
    throw new Error("acceptUrl must be an absolute http(s) URL");
  }
  const name = data.inviterName?.trim();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" })
    .format(data.expiresAt)
    .concat(" UTC");
  const needsTwoFactor = data.role === "ADMIN" || data.role === "OWNER";
  return {
    locale,
    subject: texts.subject,
    preheader: texts.preheader,
    heading: texts.heading,
    greeting: texts.greeting,
    paragraphs: [
      name ? fill(texts.introNamed, { name }) : texts.intro,
      fill(texts.roleLine, { role: texts.roles[data.role] }),
      ...(needsTwoFactor ? [texts.twoFactor] : []),
    ],
    acceptUrl: data.acceptUrl,
    accept: texts.accept,
    acceptText: fill(texts.acceptText, { url: data.acceptUrl }),
    linkFallback: texts.linkFallback,
    notes: [fill(texts.expires, { date }), texts.notExpected],
    signature: texts.signature,
  };
}
