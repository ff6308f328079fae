// The emails of customer accounts ("email.account"). The request that queued one only named an
// account or an address: the answer the customer saw was the same whether or not it has an account.
// Here the account is looked up, the one-time token is minted (so no secret ever sits in the queue)
// and the message is sent, or nothing at all when the rules say so.
//
// A job runs at least once. A retry mints a new token, and issueAuthToken makes the earlier one stop
// working: only the latest email's link opens anything. A crash between the SMTP answer and the
// job's completion sends a second email, whose link is the valid one.
import { AUTH_TOKEN_LIFETIMES_MS, issueAuthToken } from "@comptoir/auth";
import type { AuthTokenPurpose, Db } from "@comptoir/db";
import { renderAccountEmail, type AccountEmailData, type Mailer } from "@comptoir/email";
import {
  confirmEmailChangePath,
  forgotPasswordPath,
  loginPath,
  magicLinkPath,
  resetPasswordPath,
  verifyEmailPath,
  type Locale,
} from "@comptoir/i18n";
import type { AccountEmailJob } from "@comptoir/jobs";
import { getLogger, type Logger } from "@comptoir/observability";

/** Why a job sent nothing (logged with the account's id, never with its address). */
export type AccountEmailSkipReason =
  /** No account has this id, or no active account has this address. */
  | "no_account"
  | "deactivated"
  | "already_verified"
  /** The new address of an email change already belongs to another account, or to this one. */
  | "address_taken";

export type AccountEmailOutcome =
  | { status: "sent"; kind: AccountEmailJob["kind"]; userId: string | null }
  | {
      status: "skipped";
      kind: AccountEmailJob["kind"];
      userId: string | null;
      reason: AccountEmailSkipReason;
    };

type Prepared =
  | { send: true; to: string; userId: string | null; data: AccountEmailData }
  | { send: false; userId: string | null; reason: AccountEmailSkipReason };

interface Context {
  db: Db;
  locale: Locale;
  publicUrl: string;
  now: Date;
}

const ACCOUNT_SELECT = {
  id: true,
  email: true,
  name: true,
  emailVerifiedAt: true,
  deactivatedAt: true,
} as const;

// Addresses are stored trimmed and lower-cased; the job may carry one as it was typed.
const normalize = (email: string) => email.trim().toLowerCase();

const skip = (reason: AccountEmailSkipReason, userId: string | null = null): Prepared => ({
  send: false,
  userId,
  reason,
});

function absolute(ctx: Context, path: string): string {
  return new URL(path, ctx.publicUrl).toString();
}

async function mint(ctx: Context, purpose: AuthTokenPurpose, userId: string | null, email: string) {
  const { token } = await issueAuthToken(ctx.db, { purpose, userId, email, now: ctx.now });
  return { token, validForMinutes: AUTH_TOKEN_LIFETIMES_MS[purpose] / 60_000 };
}

function accountById(ctx: Context, id: string) {
  return ctx.db.user.findUnique({ where: { id }, select: ACCOUNT_SELECT });
}

function accountByEmail(ctx: Context, email: string) {
  return ctx.db.user.findUnique({ where: { email: normalize(email) }, select: ACCOUNT_SELECT });
}

async function prepare(ctx: Context, job: AccountEmailJob): Promise<Prepared> {
  const { locale } = ctx;
  switch (job.kind) {
    case "verify-email": {
      const user = await accountById(ctx, job.userId);
      if (!user) return skip("no_account");
      if (user.deactivatedAt) return skip("deactivated", user.id);
      if (user.emailVerifiedAt) return skip("already_verified", user.id);
      const link = await mint(ctx, "EMAIL_VERIFICATION", user.id, user.email);
      return {
        send: true,
        to: user.email,
        userId: user.id,
        data: {
          kind: "verify-email",
          name: user.name,
          verifyUrl: absolute(ctx, verifyEmailPath(locale, link.token)),
          validForMinutes: link.validForMinutes,
        },
      };
    }
    case "account-exists": {
      const user = await accountByEmail(ctx, job.email);
      if (!user) return skip("no_account");
      if (user.deactivatedAt) return skip("deactivated", user.id);
      return {
        send: true,
        to: user.email,
        userId: user.id,
        data: {
          kind: "account-exists",
          name: user.name,
          loginUrl: absolute(ctx, loginPath(locale)),
          resetUrl: absolute(ctx, forgotPasswordPath(locale)),
        },
      };
    }
    case "magic-link": {
      const email = normalize(job.email);
      const user = await accountByEmail(ctx, email);
      if (user?.deactivatedAt) return skip("deactivated", user.id);
      // No account: the token names the address only, and following it creates the account.
      const link = await mint(ctx, "MAGIC_LINK", user?.id ?? null, user?.email ?? email);
      return {
        send: true,
        to: user?.email ?? email,
        userId: user?.id ?? null,
        data: {
          kind: "magic-link",
          name: user?.name,
          loginUrl: absolute(ctx, magicLinkPath(locale, link.token)),
          validForMinutes: link.validForMinutes,
          createsAccount: !user,
        },
      };
    }
    case "password-reset": {
      // Nothing at all for an unknown address: a reset email would tell its reader who has an account.
      const user = await accountByEmail(ctx, job.email);
      if (!user) return skip("no_account");
      if (user.deactivatedAt) return skip("deactivated", user.id);
      const link = await mint(ctx, "PASSWORD_RESET", user.id, user.email);
      return {
        send: true,
        to: user.email,
        userId: user.id,
        data: {
          kind: "password-reset",
          name: user.name,
          resetUrl: absolute(ctx, resetPasswordPath(locale, link.token)),
          validForMinutes: link.validForMinutes,
        },
      };
    }
    case "email-change": {
      const user = await accountById(ctx, job.userId);
      if (!user) return skip("no_account");
      if (user.deactivatedAt) return skip("deactivated", user.id);
      const newEmail = normalize(job.newEmail);
      // Checked again here (the request checked it too): the address may have been taken since, and
      // a link that can only fail on the unique index would be a broken promise.
      const holder = await accountByEmail(ctx, newEmail);
      if (holder) return skip("address_taken", user.id);
      const link = await mint(ctx, "EMAIL_CHANGE", user.id, newEmail);
      return {
        send: true,
        to: newEmail,
        userId: user.id,
        data: {
          kind: "email-change",
          name: user.name,
          newEmail,
          confirmUrl: absolute(ctx, confirmEmailChangePath(locale, link.token)),
          validForMinutes: link.validForMinutes,
        },
      };
    }
    case "email-changed":
      // The account now has the new address; the old one only hears that it changed.
      return {
        send: true,
        to: normalize(job.oldEmail),
        userId: null,
        data: { kind: "email-changed", newEmail: normalize(job.newEmail) },
      };
    case "password-changed": {
      const user = await accountById(ctx, job.userId);
      if (!user) return skip("no_account");
      if (user.deactivatedAt) return skip("deactivated", user.id);
      return {
        send: true,
        to: user.email,
        userId: user.id,
        data: {
          kind: "password-changed",
          name: user.name,
          resetUrl: absolute(ctx, forgotPasswordPath(locale)),
        },
      };
    }
    case "account-deleted":
      // The account is gone: the address comes from the job, and the message links to nothing.
      return { send: true, to: normalize(job.email), userId: null, data: { kind: "account-deleted" } };
  }
}

/**
 * Sends one account email, or nothing when the account is missing, deactivated or no longer in the
 * state the email was asked for. Rejects when the mail server does (the job is then retried).
 */
export async function sendAccountEmail(
  db: Db,
  mailer: Mailer,
  input: { job: AccountEmailJob; publicUrl: string; now?: Date },
  logger: Pick<Logger, "info"> = getLogger(),
): Promise<AccountEmailOutcome> {
  const { job } = input;
  const ctx: Context = { db, locale: job.locale, publicUrl: input.publicUrl, now: input.now ?? new Date() };
  const prepared = await prepare(ctx, job);
  if (!prepared.send) {
    const outcome: AccountEmailOutcome = {
      status: "skipped",
      kind: job.kind,
      userId: prepared.userId,
      reason: prepared.reason,
    };
    logger.info({ job: "email.account", ...outcome }, "account email not sent");
    return outcome;
  }
  const email = renderAccountEmail(prepared.data, job.locale);
  await mailer.send({ to: prepared.to, subject: email.subject, html: email.html, text: email.text });
  const outcome: AccountEmailOutcome = { status: "sent", kind: job.kind, userId: prepared.userId };
  logger.info({ job: "email.account", ...outcome }, "account email sent");
  return outcome;
}
