// Turns an account email's data into its localized texts, once, for both the HTML and the text
// version: they then always carry the same links and the same words.
import type { Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import type { AccountEmailData } from "./account-email-data";

export interface AccountEmailAction {
  label: string;
  url: string;
  /** The label as the text version introduces the address on the next line ("Log in:"). */
  textLabel: string;
}

export interface AccountEmailModel {
  locale: Locale;
  subject: string;
  preheader: string;
  heading: string;
  greeting: string;
  /** What happened and what to do, before the buttons. */
  paragraphs: string[];
  /** Buttons, the first one drawn as the main action. */
  actions: AccountEmailAction[];
  /** Shown under the buttons with their raw addresses, for clients that break buttons. */
  linkFallback: string;
  /** Smaller print after the buttons: how long a link works, what to do if it was not you. */
  notes: string[];
  questions: string;
  signature: string;
}

type T = ReturnType<typeof getFixedT<"email">>;

interface Body {
  section:
    | "verifyEmail"
    | "accountExists"
    | "magicLink"
    | "passwordReset"
    | "emailChange"
    | "emailChanged"
    | "passwordChanged"
    | "accountDeleted";
  paragraphs: string[];
  actions: Omit<AccountEmailAction, "textLabel">[];
  notes: string[];
}

function webUrl(url: string): string {
  // The link lands in an href: anything but http(s) (javascript:, data:) must never get there.
  if (!URL.canParse(url) || !["http:", "https:"].includes(new URL(url).protocol)) {
    throw new Error("account email links must be absolute http(s) URLs");
  }
  return url;
}

/** "24 hours", "15 minutes": whole hours when the duration is one, minutes otherwise. */
function duration(minutes: number, locale: Locale): string {
  if (!Number.isInteger(minutes) || minutes <= 0) {
    throw new Error("validForMinutes must be a positive whole number");
  }
  const hours = minutes % 60 === 0;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: hours ? "hour" : "minute",
    unitDisplay: "long",
  }).format(hours ? minutes / 60 : minutes);
}

function body(data: AccountEmailData, t: T, locale: Locale): Body {
  const validity = (minutes: number) => t("account.validity", { duration: duration(minutes, locale) });
  switch (data.kind) {
    case "verify-email":
      return {
        section: "verifyEmail",
        paragraphs: [t("account.verifyEmail.intro")],
        actions: [{ label: t("account.verifyEmail.action"), url: webUrl(data.verifyUrl) }],
        notes: [validity(data.validForMinutes), t("account.verifyEmail.ignore")],
      };
    case "account-exists":
      return {
        section: "accountExists",
        paragraphs: [t("account.accountExists.intro"), t("account.accountExists.next")],
        actions: [
          { label: t("account.accountExists.login"), url: webUrl(data.loginUrl) },
          { label: t("account.accountExists.reset"), url: webUrl(data.resetUrl) },
        ],
        notes: [t("account.accountExists.ignore")],
      };
    case "magic-link":
      return {
        section: "magicLink",
        paragraphs: [
          data.createsAccount ? t("account.magicLink.introNewAccount") : t("account.magicLink.intro"),
        ],
        actions: [{ label: t("account.magicLink.action"), url: webUrl(data.loginUrl) }],
        notes: [validity(data.validForMinutes), t("account.magicLink.ignore")],
      };
    case "password-reset":
      return {
        section: "passwordReset",
        paragraphs: [t("account.passwordReset.intro")],
        actions: [{ label: t("account.passwordReset.action"), url: webUrl(data.resetUrl) }],
        notes: [validity(data.validForMinutes), t("account.passwordReset.ignore")],
      };
    case "email-change":
      return {
        section: "emailChange",
        paragraphs: [t("account.emailChange.intro", { email: data.newEmail })],
        actions: [{ label: t("account.emailChange.action"), url: webUrl(data.confirmUrl) }],
        notes: [validity(data.validForMinutes), t("account.emailChange.ignore")],
      };
    case "email-changed":
      return {
        section: "emailChanged",
        paragraphs: [t("account.emailChanged.intro", { email: data.newEmail })],
        actions: [],
        notes: [t("account.emailChanged.notYou")],
      };
    case "password-changed":
      return {
        section: "passwordChanged",
        paragraphs: [t("account.passwordChanged.intro"), t("account.passwordChanged.notYou")],
        actions: [{ label: t("account.passwordChanged.action"), url: webUrl(data.resetUrl) }],
        notes: [],
      };
    case "account-deleted":
      return {
        section: "accountDeleted",
        paragraphs: [t("account.accountDeleted.intro"), t("account.accountDeleted.orders")],
        actions: [],
        notes: [t("account.accountDeleted.goodbye")],
      };
  }
}

export function buildAccountEmailModel(data: AccountEmailData, locale: Locale): AccountEmailModel {
  const t = getFixedT(locale, "email");
  const { section, paragraphs, actions, notes } = body(data, t, locale);
  const name = "name" in data ? data.name?.trim() : undefined;
  return {
    locale,
    subject: t(`account.${section}.subject`),
    preheader: t(`account.${section}.preheader`),
    heading: t(`account.${section}.heading`),
    greeting: name ? t("account.greeting", { name }) : t("account.greetingAnonymous"),
    paragraphs,
    actions: actions.map((action) => ({
      ...action,
      textLabel: t("account.actionText", { label: action.label }),
    })),
    linkFallback: t("account.linkFallback", { count: actions.length }),
    notes,
    questions: t("account.questions"),
    signature: t("account.signature"),
  };
}
