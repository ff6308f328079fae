// Account flows: sign-up, the one-time links, password and email changes, and the audited session
// events. Each is a plain function over the db; the API adds rate limits, cookies and the cart.
export type { AccountEmailQueue, LoginMethod, RequestInfo } from "./types";
export { signUp, type SignUpInput } from "./sign-up";
export { verifyEmailWithLink } from "./email-verification";
export { logInWithMagicLink } from "./magic-link";
export { resetPasswordWithLink } from "./password-reset";
export { changePassword } from "./password-change";
export { requestEmailChange, confirmEmailChange } from "./email-change";
export {
  openLoginSession,
  rotateSession,
  recordLoginFailure,
  logOut,
  logOutEverywhere,
  revokeListedSession,
  type LoginFailureReason,
} from "./audited-sessions";
