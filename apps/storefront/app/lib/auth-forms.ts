// The auth pages' forms, read with the schemas the procedures validate with (@comptoir/validators):
// conform checks them in the browser as the customer types, and the action checks them again on the
// server (where the API adds the common-password check). Only the fields a form shows are here: the
// locale comes from the URL, the guest cart from its cookie.
import {
  emailLinkRequestInput,
  linkLoginInput,
  passwordLoginInput,
  resetPasswordInput,
  signUpInput,
} from "@comptoir/validators";

export { PASSWORD_MIN_LENGTH } from "@comptoir/validators";

/** Login page: email and password. */
export const loginForm = passwordLoginInput;

/** Login page, second form: a login link by email. */
export const magicLinkForm = emailLinkRequestInput.pick({ email: true });

export const signUpForm = signUpInput.pick({ name: true, email: true, password: true });

export const forgotPasswordForm = emailLinkRequestInput.pick({ email: true });

/** The pages an emailed link opens: the link's token, in a hidden field. */
export const linkForm = linkLoginInput.pick({ token: true });

/** The reset link's page: the token and the new password. */
export const resetPasswordForm = resetPasswordInput.pick({ token: true, password: true });

/** The login page's two forms, told apart by their submit button's `intent`. */
export type LoginIntent = "password" | "magicLink";
