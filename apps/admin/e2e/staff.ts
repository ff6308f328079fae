// Staff accounts for the end-to-end tests, created straight in the test stack's database: each test
// gets its own, so that single-use TOTP codes never collide between tests running in parallel.
import { randomUUID } from "node:crypto";
import { encryptTotpSecret, hashPassword } from "@comptoir/auth";
import { createDb } from "@comptoir/db";
import type { Page } from "@playwright/test";
import { generate, generateSecret } from "otplib";
import { expect } from "./fixtures";

export interface E2eStaff {
  email: string;
  password: string;
  /** Null for a role that does not need two-factor and was created without it. */
  totpSecret: string | null;
}

export async function createStaff(
  role: "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER",
  options: { twoFactor?: boolean } = {},
): Promise<E2eStaff> {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.example`;
    const password = "une phrase de passe pour les tests";
    const totpSecret =
      (options.twoFactor ?? (role === "ADMIN" || role === "OWNER")) ? generateSecret() : null;
    const user = await db.user.create({
      data: { email, role, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() },
    });
    if (totpSecret) {
      await db.user.update({
        where: { id: user.id },
        data: { totpSecret: encryptTotpSecret(totpSecret, user.id), totpEnabledAt: new Date() },
      });
    }
    return { email, password, totpSecret };
  } finally {
    await db.$disconnect();
  }
}

/** The code the staff member's authenticator app shows now. */
export function totpCode(secret: string): Promise<string> {
  return generate({ secret });
}

/** Password, then the TOTP code when the account has two-factor. Leaves the page where the login led. */
export async function logIn(page: Page, staff: E2eStaff, options: { from?: string } = {}) {
  if (!options.from) await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(staff.email);
  await page.getByLabel("Mot de passe").fill(staff.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (staff.totpSecret) {
    await expect(page).toHaveURL(/\/login\/code/);
    await page.getByLabel("Code", { exact: true }).fill(await totpCode(staff.totpSecret));
    await page.getByRole("button", { name: "Vérifier" }).click();
  }
  // Wait for the login to land, so that the test's next navigation does not cut it short.
  await expect(page).not.toHaveURL(/\/login/);
}
