import { describe, expect, it } from "vitest";
import { renderAccountEmail } from "./account-email";
import type { AccountEmailData } from "./account-email-data";

const SHOP = "https://comptoir.example";
// Intl separates a French number from its unit with a no-break space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const TOKEN = "q3Zp8v1YbM0cR7dK2wLx9nTfH4sJ6aEuGiOyBkVmWlc";

/** One example of each kind, in each language, with the link a customer must be able to follow. */
function examples(locale: "fr" | "en"): { data: AccountEmailData; links: string[] }[] {
  const verifyUrl = `${SHOP}/${locale}/account/verify-email?token=${TOKEN}`;
  const loginUrl = `${SHOP}/${locale}/login/link?token=${TOKEN}`;
  const resetUrl = `${SHOP}/${locale}/forgot-password/new?token=${TOKEN}`;
  const confirmUrl = `${SHOP}/${locale}/account/confirm-email?token=${TOKEN}`;
  const login = `${SHOP}/${locale}/login`;
  const forgot = `${SHOP}/${locale}/forgot-password`;
  return [
    { data: { kind: "verify-email", name: "Marie", verifyUrl, validForMinutes: 1440 }, links: [verifyUrl] },
    {
      data: { kind: "account-exists", name: "Marie", loginUrl: login, resetUrl: forgot },
      links: [login, forgot],
    },
    {
      data: { kind: "magic-link", name: null, loginUrl, validForMinutes: 15, createsAccount: false },
      links: [loginUrl],
    },
    { data: { kind: "password-reset", resetUrl, validForMinutes: 30 }, links: [resetUrl] },
    {
      data: { kind: "email-change", confirmUrl, newEmail: "new@example.com", validForMinutes: 1440 },
      links: [confirmUrl],
    },
    { data: { kind: "email-changed", newEmail: "new@example.com" }, links: [] },
    { data: { kind: "password-changed", name: "Marie", resetUrl: forgot }, links: [forgot] },
    { data: { kind: "account-deleted" }, links: [] },
  ];
}

const SUBJECTS = {
  fr: {
    "verify-email": "Confirmez votre adresse e-mail pour Comptoir",
    "account-exists": "Vous avez déjà un compte Comptoir",
    "magic-link": "Votre lien de connexion Comptoir",
    "password-reset": "Réinitialisez votre mot de passe Comptoir",
    "email-change": "Confirmez votre nouvelle adresse e-mail pour Comptoir",
    "email-changed": "L’adresse e-mail de votre compte Comptoir a changé",
    "password-changed": "Votre mot de passe Comptoir a été modifié",
    "account-deleted": "Votre compte Comptoir a été supprimé",
  },
  en: {
    "verify-email": "Confirm your email address for Comptoir",
    "account-exists": "You already have a Comptoir account",
    "magic-link": "Your Comptoir login link",
    "password-reset": "Reset your Comptoir password",
    "email-change": "Confirm your new email address for Comptoir",
    "email-changed": "The email address of your Comptoir account was changed",
    "password-changed": "Your Comptoir password was changed",
    "account-deleted": "Your Comptoir account was deleted",
  },
} as const;

describe("renderAccountEmail", () => {
  for (const locale of ["fr", "en"] as const) {
    it(`gives every kind its ${locale} subject, and its links in both the HTML and the text`, () => {
      for (const { data, links } of examples(locale)) {
        const { subject, html, text } = renderAccountEmail(data, locale);
        expect(subject, data.kind).toBe(SUBJECTS[locale][data.kind]);
        expect(html, data.kind).toContain(`<html lang="${locale}">`);
        expect(html, data.kind).toContain(`<title>${subject}</title>`);
        for (const link of links) {
          expect(html, data.kind).toContain(`href="${link}"`);
          // On a line of its own in the text: a client turns it into a link, a reader copies it whole.
          expect(text.split("\n"), data.kind).toContain(link);
        }
        // Nothing but the given links: a notice carries no button.
        expect(html.match(/href="/g) ?? [], data.kind).toHaveLength(links.length * 2);
      }
    });
  }

  it("welcomes a new customer in French, with the link's lifetime and what to do if it was not them", () => {
    const { data } = examples("fr")[0]!;
    const { html, text } = renderAccountEmail(data, "fr");
    expect(text).toMatch(/^Bienvenue chez Comptoir\n=+\n\nBonjour Marie,\n/);
    expect(text).toContain("Confirmer mon adresse :\nhttps://comptoir.example/fr/");
    expect(plain(text)).toContain("Ce lien ne sert qu’une fois et expire dans 24 heures.");
    expect(text).toContain("Si vous n’avez pas créé de compte chez Comptoir, ignorez cet e-mail");
    expect(html).toContain(">Confirmer mon adresse</a>");
    expect(html).toContain("Si le bouton ne fonctionne pas, copiez cette adresse");
  });

  it("tells how long each link works, in the customer's language", () => {
    const [verify, , magic, reset] = examples("en");
    expect(renderAccountEmail(verify!.data, "en").text).toContain("expires in 24 hours.");
    expect(renderAccountEmail(magic!.data, "en").text).toContain("expires in 15 minutes.");
    expect(plain(renderAccountEmail(reset!.data, "fr").text)).toContain("expire dans 30 minutes.");
  });

  it("offers both ways back into an existing account, and says to ignore it otherwise", () => {
    const { text, html } = renderAccountEmail(examples("en")[1]!.data, "en");
    expect(text).toContain(
      "Log in:\nhttps://comptoir.example/en/login\n\nReset my password:\nhttps://comptoir.example/en/forgot-password\n",
    );
    expect(text).toContain("If it was not you, ignore this email");
    expect(html).toContain("If a button does not work, copy its address");
  });

  it("says when a login link creates the account", () => {
    const data: AccountEmailData = {
      kind: "magic-link",
      loginUrl: `${SHOP}/fr/connexion/lien?token=${TOKEN}`,
      validForMinutes: 15,
      createsAccount: true,
    };
    expect(renderAccountEmail(data, "fr").text).toContain("Il crée votre compte Comptoir");
    expect(renderAccountEmail({ ...data, createsAccount: false }, "fr").text).not.toContain("crée");
    expect(renderAccountEmail(data, "en").text).toContain("It creates your Comptoir account");
  });

  it("names the new address in the change notices", () => {
    const [, , , , change, changed] = examples("en");
    expect(renderAccountEmail(change!.data, "en").text).toContain("You asked to use new@example.com");
    const notice = renderAccountEmail(changed!.data, "fr");
    expect(notice.text).toContain("est désormais new@example.com.");
    expect(notice.text).toContain("répondez tout de suite à cet e-mail");
  });

  it("confirms a deletion and says the orders are kept without personal data", () => {
    const { text } = renderAccountEmail({ kind: "account-deleted" }, "en");
    expect(text).toContain("Hello,\n");
    expect(text).toContain("your profile, your saved addresses and your sessions are gone");
    expect(text).toContain("Your past orders are kept without your personal data");
    const french = renderAccountEmail({ kind: "account-deleted" }, "fr").text;
    expect(french).toContain("Vos commandes passées sont conservées sans vos données personnelles");
  });

  it("escapes hostile names, addresses and links in the HTML and keeps them readable in the text", () => {
    const hostile = `<script>alert("x")</script><img src=x onerror='alert(1)'>`;
    const url = `${SHOP}/fr/compte/verifier-email?token=a&next="><script>`;
    const { html, text } = renderAccountEmail(
      { kind: "verify-email", name: hostile, verifyUrl: url, validForMinutes: 1440 },
      "fr",
    );
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain(
      "Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;,",
    );
    expect(html).toContain(
      'href="https://comptoir.example/fr/compte/verifier-email?token=a&amp;next=&quot;&gt;&lt;script&gt;"',
    );
    expect(text).toContain(`Bonjour ${hostile},`);

    const change = renderAccountEmail({ kind: "email-changed", newEmail: `"<b>"@example.com` }, "en");
    expect(change.html).not.toContain("<b>");
    expect(change.html).toContain("&quot;&lt;b&gt;&quot;@example.com");
  });

  it("greets by name only when there is one", () => {
    const base = { kind: "password-changed", resetUrl: `${SHOP}/en/forgot-password` } as const;
    expect(renderAccountEmail({ ...base, name: "  Sam " }, "en").text).toContain("\nHello Sam,\n");
    expect(renderAccountEmail({ ...base, name: "   " }, "en").text).toContain("\nHello,\n");
    expect(renderAccountEmail(base, "fr").text).toContain("\nBonjour,\n");
  });

  it("refuses a link that is not an absolute web address, and a meaningless lifetime", () => {
    const data = { kind: "password-reset", resetUrl: "javascript:alert(1)", validForMinutes: 30 } as const;
    expect(() => renderAccountEmail(data, "en")).toThrow("account email links must be absolute http(s) URLs");
    expect(() => renderAccountEmail({ ...data, resetUrl: "/en/forgot-password/new" }, "en")).toThrow(
      /absolute/,
    );
    expect(() =>
      renderAccountEmail({ ...data, resetUrl: `${SHOP}/en/forgot-password/new`, validForMinutes: 0 }, "en"),
    ).toThrow("validForMinutes must be a positive whole number");
  });
});
