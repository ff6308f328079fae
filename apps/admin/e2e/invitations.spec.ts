// Staff invitations end to end: an owner invites someone from the staff page, the worker emails the
// link (read here from the dev mailbox), the invitee opens it, chooses a password, lands in the
// admin with the invited role, and can log in again with that password. Used, revoked and unknown
// links get a page that says so.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

const PASSWORD = "lanterne bleue sur le quai du vieux port";

interface MailboxMessage {
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.example`;
}

/** The newest email to `to`, waiting for the worker to send it (the invitation is a queued job). */
async function emailTo(to: string, timeoutMs = 20_000): Promise<MailboxMessage> {
  const url = `${process.env.E2E_MAILBOX_URL}/api/messages?to=${encodeURIComponent(to)}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [newest] = (await (await fetch(url)).json()) as MailboxMessage[];
    if (newest) return newest;
    if (Date.now() > deadline) throw new Error(`No email to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The path of the invitation link, from the text version, checked to be the HTML's too. */
function invitationPathIn(message: MailboxMessage): string {
  const match = /https?:\/\/[^\s"<>]+\/invitation\/[A-Za-z0-9_-]+/.exec(message.text);
  expect(match, `an invitation link in "${message.subject}"`).not.toBeNull();
  expect(message.html ?? "").toContain(`href="${match![0]}"`);
  return new URL(match![0]).pathname;
}

async function invite(page: Page, email: string, role: string, language: string) {
  const form = page.getByTestId("invite-form");
  await form.getByLabel("Adresse e-mail").fill(email);
  await form.getByLabel("Rôle").selectOption({ label: role });
  await form.getByLabel("Langue de l’e-mail").selectOption({ label: language });
  await form.getByRole("button", { name: "Envoyer l’invitation" }).click();
}

test.describe("staff invitations", () => {
  test("an owner invites a manager, who sets a password from the emailed link and logs in", async ({
    page,
  }) => {
    const owner = await createStaff("OWNER");
    const email = uniqueEmail("nouvelle");
    await logIn(page, owner);
    await page.goto("/staff");
    await invite(page, email, "Responsable", "English");
    await expect(page.getByRole("status")).toHaveText(`Invitation envoyée à ${email}.`);
    const row = page.getByTestId("invitation-row").filter({ hasText: email });
    await expect(row).toContainText("Responsable");

    // An address that already has a staff account is refused, with the reason under the field.
    await invite(page, owner.email, "Support", "Français");
    await expect(page.getByText("Cette adresse appartient déjà à un membre de l’équipe.")).toBeVisible();

    const message = await emailTo(email);
    expect(message.subject).toBe("Invitation to join the Comptoir team");
    expect(message.text).toContain("Your role: Manager.");
    const path = invitationPathIn(message);

    // The invitee has no session: the owner leaves this browser to them.
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rejoindre l’équipe");
    await expect(
      page.getByText(`Cette invitation est destinée à ${email}, avec le rôle Responsable.`),
    ).toBeVisible();
    await page.getByLabel("Votre nom").fill("Nina Petit");
    // Too guessable: refused by the server, with the reason under the field.
    await page.getByLabel("Mot de passe").fill("password1234");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByText("Ce mot de passe est trop courant ou trop facile à deviner.")).toBeVisible();
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText(`Connecté en tant que ${email}`)).toBeVisible();
    // A manager: no staff page.
    await expect(page.getByRole("link", { name: "Équipe" })).toHaveCount(0);

    // The link worked once.
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitation invalide");

    // And the chosen password logs in.
    await page.goto("/");
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    // The log-out must be done before the next page is asked for, or that page finds the session.
    await expect(page).toHaveURL(/\/login/);
    await logIn(page, { email, password: PASSWORD, totpSecret: null });
    await expect(page.getByText(`Connecté en tant que ${email}`)).toBeVisible();
  });

  test("a revoked invitation's link, and an unknown one, show a clear page", async ({ page }) => {
    const owner = await createStaff("OWNER");
    const email = uniqueEmail("retiree");
    await logIn(page, owner);
    await page.goto("/staff");
    await invite(page, email, "Support", "Français");
    await expect(page.getByRole("status")).toHaveText(`Invitation envoyée à ${email}.`);
    const message = await emailTo(email);
    expect(message.subject).toBe("Invitation à rejoindre l’équipe Comptoir");
    const path = invitationPathIn(message);

    await page.getByRole("button", { name: `Retirer l’invitation de ${email}` }).click();
    await expect(page.getByText("Invitation retirée : son lien ne fonctionne plus.")).toBeVisible();
    await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toHaveCount(0);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/login/);
    const revoked = await page.goto(path);
    expect(revoked?.status()).toBe(410);
    await expect(page.getByTestId("invitation-invalid")).toHaveText(
      /Ce lien d’invitation est invalide, a expiré, a été retiré ou a déjà servi/,
    );
    expect((await page.goto("/invitation/not-a-real-invitation-token-at-all"))?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitation invalide");
    await page.getByRole("link", { name: "Aller à la page de connexion" }).click();
    await expect(page).toHaveURL(/\/login$/);
  });
});
