// What each customer account email shows: plain data, one shape per kind (the kinds of the
// "email.account" job). Links arrive finished and absolute: the sender mints their one-time tokens,
// so a template never sees where a token comes from and cannot leak one anywhere but the link.

interface Greeted {
  /** The account holder's name, when the account has one (typed by the customer: escaped). */
  name?: string | null;
}

interface OneTimeLink {
  /** How long the link works, in minutes (e.g. 1440 for a day), shown as "24 hours". */
  validForMinutes: number;
}

/** After sign-up: welcome, and the link that verifies the address and logs in. */
export interface VerifyEmailData extends Greeted, OneTimeLink {
  kind: "verify-email";
  verifyUrl: string;
}

/** Someone signed up with an address that already has an account. */
export interface AccountExistsData extends Greeted {
  kind: "account-exists";
  /** The login page. */
  loginUrl: string;
  /** The page that sends a password reset link. */
  resetUrl: string;
}

export interface MagicLinkData extends Greeted, OneTimeLink {
  kind: "magic-link";
  loginUrl: string;
  /** The address has no account yet: following the link creates it. */
  createsAccount: boolean;
}

export interface PasswordResetData extends Greeted, OneTimeLink {
  kind: "password-reset";
  resetUrl: string;
}

/** Sent to the new address: following the link confirms the change. */
export interface EmailChangeData extends Greeted, OneTimeLink {
  kind: "email-change";
  confirmUrl: string;
  newEmail: string;
}

/** Sent to the old address once the change is done. */
export interface EmailChangedData {
  kind: "email-changed";
  newEmail: string;
}

export interface PasswordChangedData extends Greeted {
  kind: "password-changed";
  /** The page that sends a password reset link, for an owner who did not make the change. */
  resetUrl: string;
}

/** The account no longer exists: no name, no link into it. */
export interface AccountDeletedData {
  kind: "account-deleted";
}

export type AccountEmailData =
  | VerifyEmailData
  | AccountExistsData
  | MagicLinkData
  | PasswordResetData
  | EmailChangeData
  | EmailChangedData
  | PasswordChangedData
  | AccountDeletedData;

export type AccountEmailKind = AccountEmailData["kind"];
