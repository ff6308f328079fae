// Inputs of logging in, signing up and the emailed links. The same schemas check the storefront's
// forms in the browser and the procedures on the server; the server adds the common-password check
// (see packages/api/src/routers/auth/password-inputs.ts), which needs a dictionary no browser loads.
import { z } from "zod";
import { cartIdSchema } from "./cart";
import { emailSchema } from "./email";
import { localeSchema } from "./locale";
import { msg } from "./messages";

/** Length rules of a chosen password (NIST SP 800-63B: long is what makes it strong, no composition rules). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** A password as typed to prove who one is: no rule but presence, as it was chosen under older rules. */
export const typedPasswordSchema = z
  .string({ error: msg.required })
  .min(1, { error: msg.required, abort: true })
  .max(1024, { error: msg.tooLong });

/** A password being chosen (sign-up, reset, change). Never trimmed: spaces are characters too. */
export const newPasswordSchema = z
  .string({ error: msg.required })
  .min(1, { error: msg.required, abort: true })
  .min(PASSWORD_MIN_LENGTH, { error: msg.passwordTooShort })
  .max(PASSWORD_MAX_LENGTH, { error: msg.passwordTooLong });

/**
 * The secret of an emailed link, as it comes from the URL. Any string of a sane size: a malformed one
 * is an invalid link (LINK_INVALID), not a form error.
 */
export const linkTokenSchema = z.string({ error: msg.required }).max(512, { error: msg.tooLong });

/** The guest cart to merge into the customer's at login: the id from the cart cookie, if any. */
const guestCart = { guestCartId: cartIdSchema.optional() };

export const passwordLoginInput = z.object({
  email: emailSchema,
  // No length rule at login: the rules apply when a password is chosen, not when it is typed.
  password: typedPasswordSchema,
});
export type PasswordLoginInput = z.infer<typeof passwordLoginInput>;

/** "" (an empty field) and absent both mean no name. */
const optionalName = z.preprocess(
  (value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value),
  z.string({ error: msg.required }).trim().max(100, { error: msg.tooLong }).nullable(),
);

export const signUpInput = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: optionalName.optional(),
  locale: localeSchema,
  // Accepted so the form can send what every auth form sends; the cart merges when the
  // verification link logs the customer in.
  ...guestCart,
});
export type SignUpInput = z.input<typeof signUpInput>;

/** Asking for a magic link or a password reset link: just the address and the email's language. */
export const emailLinkRequestInput = z.object({ email: emailSchema, locale: localeSchema });
export type EmailLinkRequestInput = z.input<typeof emailLinkRequestInput>;

/** Following a link that logs in (verification, magic link). */
export const linkLoginInput = z.object({
  token: linkTokenSchema,
  locale: localeSchema.optional(),
  ...guestCart,
});
export type LinkLoginInput = z.input<typeof linkLoginInput>;

export const resetPasswordInput = z.object({
  token: linkTokenSchema,
  password: newPasswordSchema,
  locale: localeSchema.optional(),
  ...guestCart,
});
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;

export const confirmEmailChangeInput = z.object({ token: linkTokenSchema });

export const changePasswordInput = z
  .object({ currentPassword: typedPasswordSchema, newPassword: newPasswordSchema })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    error: msg.passwordSame,
  });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const emailChangeRequestInput = z.object({
  newEmail: emailSchema,
  // Required by the server when the account has a password; forms send "" for an empty field.
  currentPassword: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    typedPasswordSchema.optional(),
  ),
});
export type EmailChangeRequestInput = z.input<typeof emailChangeRequestInput>;

/** A session named by its public id (from account.security.sessions). */
export const sessionRevokeInput = z.object({
  id: z.string({ error: msg.required }).min(1, { error: msg.required }).max(128, { error: msg.tooLong }),
});
