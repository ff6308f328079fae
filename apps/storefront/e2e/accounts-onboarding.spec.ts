import { expect, test } from "./fixtures";
import { emailTo, linkIn, STRONG_PASSWORD, uniqueEmail } from "./accounts-helpers";

// The onboarding flow in each language: sign up -> the verification email (sent by the worker,
// read from the dev mailbox) -> its link -> confirm -> logged in, on the account page's welcome.
const LANGUAGES = [
  {
    locale: "fr",
    signUpPath: "/fr/inscription",
    verifyPath: "/fr/compte/verifier-email",
    accountPath: "/fr/compte",
    name: "Nom (facultatif)",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Créer mon compte",
    sent: "Consultez votre boîte de réception",
    subject: /Confirmez votre adresse e-mail/i,
    verifyHeading: "Confirmer votre adresse e-mail",
    confirm: "Confirmer mon adresse",
    welcome: "Bienvenue",
    accountLink: "Mon compte",
    tooShort: "au moins 10 caractères",
  },
  {
    locale: "en",
    signUpPath: "/en/sign-up",
    verifyPath: "/en/account/verify-email",
    accountPath: "/en/account",
    name: "Name (optional)",
    email: "Email address",
    password: "Password",
    submit: "Create my account",
    sent: "Check your inbox",
    subject: /Confirm your email address/i,
    verifyHeading: "Confirm your email address",
    confirm: "Confirm my address",
    welcome: "Welcome",
    accountLink: "My account",
    tooShort: "at least 10 characters",
  },
] as const;

for (const language of LANGUAGES) {
  test.describe(`onboarding (${language.locale})`, () => {
    test.use({ locale: language.locale === "fr" ? "fr-FR" : "en-US" });

    test("sign up, confirm the address from the email, and land on the welcome", async ({ page }) => {
      const email = uniqueEmail(`onboarding-${language.locale}`);
      await page.goto(language.signUpPath);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
      const form = page.getByTestId("sign-up-form");

      // A password that breaks the rules is refused beside its field, in the page's language.
      await form.getByLabel(language.name).fill("Camille");
      await form.getByLabel(language.email).fill(email);
      await form.getByLabel(language.password, { exact: true }).fill("short");
      await form.getByRole("button", { name: language.submit }).click();
      await expect(form.locator(".field__error")).toContainText(language.tooShort);

      await form.getByLabel(language.password, { exact: true }).fill(STRONG_PASSWORD);
      await form.getByRole("button", { name: language.submit }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.sent);
      await expect(page.getByTestId("auth-sent")).toContainText(email);

      const message = await emailTo(email, language.subject);
      const link = linkIn(message, language.verifyPath);
      // Opening the link shows a button: a mail scanner following it would spend nothing.
      const response = await page.goto(link);
      expect(response?.headers()["referrer-policy"]).toBe("strict-origin");
      expect(response?.headers()["cache-control"]).toBe("private, no-store");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.verifyHeading);
      await page.getByRole("button", { name: language.confirm }).click();

      await expect(page).toHaveURL(`${language.accountPath}?welcome=1`);
      await expect(page.getByTestId("account-welcome")).toContainText(language.welcome);
      await expect(page.getByTestId("account-link")).toHaveText(language.accountLink);

      // The link is spent: following it again offers a way to ask for a new one.
      await page.goto(link);
      await page.getByRole("button", { name: language.confirm }).click();
      await expect(page.getByTestId("link-invalid")).toBeVisible();
    });
  });
}
