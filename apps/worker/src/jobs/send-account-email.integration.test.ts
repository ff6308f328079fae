import { randomUUID } from "node:crypto";
import { consumeAuthToken } from "@comptoir/auth";
import { createTestUser } from "@comptoir/auth/testing";
import type { AuthTokenPurpose } from "@comptoir/db";
import { useTestDatabase } from "@comptoir/db/testing";
import { createMailer, readEmailEnv, type MailMessage, type Mailer } from "@comptoir/email";
import { startDevMailbox, type DevMailbox, type MailboxMessage } from "@comptoir/email/dev-mailbox";
import {
  confirmEmailChangePath,
  forgotPasswordPath,
  loginPath,
  magicLinkPath,
  resetPasswordPath,
  verifyEmailPath,
} from "@comptoir/i18n";
import type { AccountEmailJob } from "@comptoir/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type Worker } from "../worker";
import { sendAccountEmail } from "./send-account-email";

const SHOP = "https://shop.example";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The one-time token of the link in an email (base64url, as issueAuthToken makes it). */
function tokenIn(text: string): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error("no token link in the email");
  return match[1];
}

function capturingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    target: "dev-mailbox",
    sent,
    async send(message) {
      sent.push(message);
      return { messageId: `<${randomUUID()}@test>`, accepted: [String(message.to)], rejected: [] };
    },
    async verify() {},
    close() {},
  };
}

describe("account emails", () => {
  const database = useTestDatabase("account_emails");
  let mailbox: DevMailbox;
  let worker: Worker;

  beforeAll(async () => {
    mailbox = await startDevMailbox({ smtpPort: 0, httpPort: 0 });
    worker = await startWorker({
      db: database.db,
      databaseUrl: database.url,
      env: { PUBLIC_URL: SHOP, RECONCILE_CRON: "0 0 1 1 *", EMAIL_CONCURRENCY: 4 },
      mailer: createMailer({ ...readEmailEnv({ NODE_ENV: "test" }), DEV_MAILBOX_URL: mailbox.smtpUrl }),
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2_000 });
    await mailbox?.stop();
  });

  const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

  async function customer(
    options: { name?: string; verified?: boolean; deactivated?: boolean; password?: string | null } = {},
  ) {
    const user = await createTestUser(database.db, {
      email: address("customer"),
      deactivated: options.deactivated,
      password: options.password,
    });
    await database.db.user.update({
      where: { id: user.id },
      data: { name: options.name ?? null, emailVerifiedAt: options.verified ? new Date() : null },
    });
    return user;
  }

  /** Queues the job, waits until the worker has finished it, and returns what each address got. */
  async function run(job: AccountEmailJob, ...recipients: string[]): Promise<MailboxMessage[][]> {
    const id = await worker.queue.send("email.account", job);
    if (!id) throw new Error("the job was not queued");
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const info = await worker.queue.getJob("email.account", id);
      if (info?.state === "completed") {
        // The dev mailbox stores a message before it answers the SMTP client: all is there now.
        return recipients.map((to) => mailbox.messages({ to }));
      }
      if (info?.state === "failed" || info?.state === "retry") {
        throw new Error(`the job ${info.state}: ${JSON.stringify(info.output)}`);
      }
      await sleep(50);
    }
    throw new Error("the job did not finish in time");
  }

  /** The link works for its purpose only, and only once. */
  async function spend(token: string, purpose: AuthTokenPurpose, wrongPurpose: AuthTokenPurpose) {
    expect(await consumeAuthToken(database.db, { purpose: wrongPurpose, token })).toBeNull();
    const spent = await consumeAuthToken(database.db, { purpose, token });
    expect(spent).not.toBeNull();
    expect(await consumeAuthToken(database.db, { purpose, token })).toBeNull();
    return spent!;
  }

  it("sends a new customer the link that verifies the address, once, in their language", async () => {
    const user = await customer({ name: "Léa" });
    const [messages] = await run({ kind: "verify-email", userId: user.id, locale: "fr" }, user.email);
    expect(messages).toHaveLength(1);
    const message = messages![0]!;
    expect(message.subject).toBe("Confirmez votre adresse e-mail pour Comptoir");
    expect(message.text).toContain("Bonjour Léa,");
    const token = tokenIn(message.text);
    const link = `${SHOP}${verifyEmailPath("fr", token)}`;
    expect(link).toMatch(/^https:\/\/shop\.example\/fr\/compte\/verifier-email\?token=/);
    expect(message.text).toContain(link);
    expect(message.html).toContain(`href="${link}"`);
    const spent = await spend(token, "EMAIL_VERIFICATION", "MAGIC_LINK");
    expect(spent).toMatchObject({ userId: user.id, email: user.email });
  });

  it("sends no verification to a verified, deactivated or unknown account", async () => {
    const verified = await customer({ verified: true });
    const deactivated = await customer({ deactivated: true });
    const [toVerified, toDeactivated] = await Promise.all([
      run({ kind: "verify-email", userId: verified.id, locale: "en" }, verified.email).then((r) => r[0]),
      run({ kind: "verify-email", userId: deactivated.id, locale: "en" }, deactivated.email).then(
        (r) => r[0],
      ),
      run({ kind: "verify-email", userId: "no-such-user", locale: "en" }),
    ]);
    expect(toVerified).toEqual([]);
    expect(toDeactivated).toEqual([]);
    expect(
      await database.db.authToken.count({ where: { userId: { in: [verified.id, deactivated.id] } } }),
    ).toBe(0);
  });

  it("tells the owner of an address that someone signed up with it, and nobody else", async () => {
    const owner = await customer({ name: "Sam" });
    const deactivated = await customer({ deactivated: true });
    const unknown = address("unknown");
    const [[toOwner], [toDeactivated], [toUnknown]] = await Promise.all([
      run({ kind: "account-exists", email: owner.email.toUpperCase(), locale: "en" }, owner.email),
      run({ kind: "account-exists", email: deactivated.email, locale: "en" }, deactivated.email),
      run({ kind: "account-exists", email: unknown, locale: "en" }, unknown),
    ]);
    expect(toOwner).toHaveLength(1);
    expect(toOwner![0]!.subject).toBe("You already have a Comptoir account");
    expect(toOwner![0]!.text).toContain("Hello Sam,");
    expect(toOwner![0]!.text).toContain(`${SHOP}${loginPath("en")}\n`);
    expect(toOwner![0]!.text).toContain(`${SHOP}${forgotPasswordPath("en")}\n`);
    expect(toOwner![0]!.text).not.toMatch(/token=/);
    expect(toDeactivated).toEqual([]);
    expect(toUnknown).toEqual([]);
  });

  it("sends a login link that logs into the account, or creates one for a new address", async () => {
    const user = await customer();
    const newcomer = address("newcomer");
    const [[toUser], [toNewcomer]] = await Promise.all([
      run({ kind: "magic-link", email: ` ${user.email.toUpperCase()} `, locale: "en" }, user.email),
      run({ kind: "magic-link", email: newcomer, locale: "fr" }, newcomer),
    ]);

    expect(toUser).toHaveLength(1);
    expect(toUser![0]!.subject).toBe("Your Comptoir login link");
    const userToken = tokenIn(toUser![0]!.text);
    expect(toUser![0]!.text).toContain(`${SHOP}${magicLinkPath("en", userToken)}`);
    expect(toUser![0]!.text).toContain("It logs you in without a password.");
    expect(await spend(userToken, "MAGIC_LINK", "PASSWORD_RESET")).toMatchObject({
      userId: user.id,
      email: user.email,
    });

    expect(toNewcomer).toHaveLength(1);
    expect(toNewcomer![0]!.subject).toBe("Votre lien de connexion Comptoir");
    const newcomerToken = tokenIn(toNewcomer![0]!.text);
    expect(toNewcomer![0]!.html).toContain(`href="${SHOP}${magicLinkPath("fr", newcomerToken)}"`);
    expect(toNewcomer![0]!.text).toContain("Il crée votre compte Comptoir");
    expect(await spend(newcomerToken, "MAGIC_LINK", "EMAIL_VERIFICATION")).toMatchObject({
      userId: null,
      email: newcomer,
    });
  });

  it("sends no login link to a deactivated account", async () => {
    const deactivated = await customer({ deactivated: true });
    const [messages] = await run(
      { kind: "magic-link", email: deactivated.email, locale: "fr" },
      deactivated.email,
    );
    expect(messages).toEqual([]);
    expect(await database.db.authToken.count({ where: { email: deactivated.email } })).toBe(0);
  });

  it("sends a reset link to an active account only, and nothing at all otherwise", async () => {
    const user = await customer({ name: "Ana" });
    const deactivated = await customer({ deactivated: true });
    const unknown = address("nobody");
    const [[toUser], [toDeactivated], [toUnknown]] = await Promise.all([
      run({ kind: "password-reset", email: user.email, locale: "fr" }, user.email),
      run({ kind: "password-reset", email: deactivated.email, locale: "fr" }, deactivated.email),
      run({ kind: "password-reset", email: unknown, locale: "en" }, unknown),
    ]);
    expect(toUser).toHaveLength(1);
    expect(toUser![0]!.subject).toBe("Réinitialisez votre mot de passe Comptoir");
    const token = tokenIn(toUser![0]!.text);
    expect(toUser![0]!.text).toContain(`${SHOP}${resetPasswordPath("fr", token)}`);
    expect(await spend(token, "PASSWORD_RESET", "MAGIC_LINK")).toMatchObject({ userId: user.id });

    expect(toDeactivated).toEqual([]);
    expect(toUnknown).toEqual([]);
    expect(
      await database.db.authToken.count({ where: { email: { in: [deactivated.email, unknown] } } }),
    ).toBe(0);
  });

  it("sends the confirmation of an email change to the new address, unless it is taken", async () => {
    const user = await customer({ name: "Noé", verified: true });
    const newEmail = address("new");
    const [toNew, toOld] = await run(
      { kind: "email-change", userId: user.id, newEmail: newEmail.toUpperCase(), locale: "en" },
      newEmail,
      user.email,
    );
    expect(toOld).toEqual([]);
    expect(toNew).toHaveLength(1);
    expect(toNew![0]!.subject).toBe("Confirm your new email address for Comptoir");
    expect(toNew![0]!.text).toContain(`You asked to use ${newEmail} for your Comptoir account.`);
    const token = tokenIn(toNew![0]!.text);
    expect(toNew![0]!.html).toContain(`href="${SHOP}${confirmEmailChangePath("en", token)}"`);
    expect(await spend(token, "EMAIL_CHANGE", "EMAIL_VERIFICATION")).toMatchObject({
      userId: user.id,
      email: newEmail,
    });

    const other = await customer();
    const [toOther] = await run(
      { kind: "email-change", userId: user.id, newEmail: other.email, locale: "en" },
      other.email,
    );
    expect(toOther).toEqual([]);
    expect(
      await database.db.authToken.count({
        where: { userId: user.id, purpose: "EMAIL_CHANGE", usedAt: null },
      }),
    ).toBe(0);
  });

  it("sends the notices: address changed (to the old one), password changed, account deleted", async () => {
    const user = await customer({ name: "Jo" });
    const deactivated = await customer({ deactivated: true });
    const oldEmail = address("old");
    const newEmail = address("renamed");
    const goneEmail = address("gone");
    const [[changed, toNew], [password], [toDeactivated], [deleted]] = await Promise.all([
      run({ kind: "email-changed", oldEmail, newEmail, locale: "fr" }, oldEmail, newEmail),
      run({ kind: "password-changed", userId: user.id, locale: "en" }, user.email),
      run({ kind: "password-changed", userId: deactivated.id, locale: "en" }, deactivated.email),
      run({ kind: "account-deleted", email: goneEmail, locale: "fr" }, goneEmail),
    ]);

    expect(changed).toHaveLength(1);
    expect(toNew).toEqual([]);
    expect(changed![0]!.subject).toBe("L’adresse e-mail de votre compte Comptoir a changé");
    expect(changed![0]!.text).toContain(`est désormais ${newEmail}.`);

    expect(password).toHaveLength(1);
    expect(password![0]!.subject).toBe("Your Comptoir password was changed");
    expect(password![0]!.text).toContain("Hello Jo,");
    expect(password![0]!.text).toContain(`${SHOP}${forgotPasswordPath("en")}\n`);
    expect(toDeactivated).toEqual([]);

    expect(deleted).toHaveLength(1);
    expect(deleted![0]!.subject).toBe("Votre compte Comptoir a été supprimé");
    expect(deleted![0]!.text).toContain(
      "Vos commandes passées sont conservées sans vos données personnelles",
    );
    for (const message of [changed![0]!, password![0]!, deleted![0]!]) {
      expect(message.text).not.toMatch(/token=/);
    }
  });

  it("mints a new link on every run: a retry's email works, the earlier one no longer does", async () => {
    const user = await customer();
    const mailer = capturingMailer();
    const job: AccountEmailJob = { kind: "password-reset", email: user.email, locale: "en" };
    await sendAccountEmail(database.db, mailer, { job, publicUrl: SHOP });
    await sendAccountEmail(database.db, mailer, { job, publicUrl: SHOP });
    expect(mailer.sent).toHaveLength(2);
    const [first, second] = mailer.sent.map((message) => tokenIn(message.text));
    expect(first).not.toBe(second);
    expect(await consumeAuthToken(database.db, { purpose: "PASSWORD_RESET", token: first! })).toBeNull();
    expect(await consumeAuthToken(database.db, { purpose: "PASSWORD_RESET", token: second! })).not.toBeNull();
  });

  it("fails the job when the mail server refuses, so that it is retried", async () => {
    const user = await customer();
    const broken: Mailer = {
      ...capturingMailer(),
      send: () => Promise.reject(new Error("421 service not available")),
    };
    await expect(
      sendAccountEmail(database.db, broken, {
        job: { kind: "verify-email", userId: user.id, locale: "fr" },
        publicUrl: SHOP,
      }),
    ).rejects.toThrow("421 service not available");
  });

  it("logs what it did with ids, never an address or a token", async () => {
    const user = await customer({ name: "Zoé" });
    const lines: string[] = [];
    const logger = { info: (...args: unknown[]) => void lines.push(JSON.stringify(args)) };
    const mailer = capturingMailer();
    const unknown = address("stranger");

    const sent = await sendAccountEmail(
      database.db,
      mailer,
      { job: { kind: "magic-link", email: user.email, locale: "fr" }, publicUrl: SHOP },
      logger,
    );
    const skipped = await sendAccountEmail(
      database.db,
      mailer,
      { job: { kind: "password-reset", email: unknown, locale: "fr" }, publicUrl: SHOP },
      logger,
    );

    expect(sent).toEqual({ status: "sent", kind: "magic-link", userId: user.id });
    expect(skipped).toEqual({
      status: "skipped",
      kind: "password-reset",
      userId: null,
      reason: "no_account",
    });
    expect(lines).toHaveLength(2);
    const token = tokenIn(mailer.sent[0]!.text);
    const log = lines.join("\n");
    expect(log).toContain(user.id);
    expect(log).toContain("no_account");
    for (const secret of [user.email, unknown, token, "Zoé"]) expect(log).not.toContain(secret);
  });
});
