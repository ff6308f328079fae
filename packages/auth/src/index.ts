export { hashPassword, verifyPassword } from "./password";
export { authenticateWithPassword, checkPasswordLogin, type PasswordCheck } from "./authenticate";
export { isGuessablePassword, MIN_PASSWORD_SCORE } from "./password-policy";
export {
  validateRequestSession,
  startSession,
  endSession,
  endAllSessionsOf,
  blankSessionCookie,
} from "./sessions";
export type { ValidatedSession, SessionCheck, SessionDevice } from "./sessions";
export { publicSessionId, listSessionsOf, endSessionByPublicId, type ListedSession } from "./session-list";
export { SESSION_COOKIE_NAMES, type Audience } from "./lucia";
export type { SessionUser } from "./session-user";
export { STAFF_ROLES, isStaffRole, type StaffRole } from "./roles";
export {
  issueAuthToken,
  consumeAuthToken,
  revokeAuthTokensOf,
  hashAuthToken,
  AUTH_TOKEN_LIFETIMES_MS,
  type IssuedAuthToken,
  type SpentAuthToken,
} from "./auth-tokens";
export {
  signUp,
  verifyEmailWithLink,
  logInWithMagicLink,
  resetPasswordWithLink,
  changePassword,
  requestEmailChange,
  confirmEmailChange,
  openLoginSession,
  rotateSession,
  recordLoginFailure,
  logOut,
  logOutEverywhere,
  revokeListedSession,
  type AccountEmailQueue,
  type LoginMethod,
  type LoginFailureReason,
  type RequestInfo,
  type SignUpInput,
} from "./accounts";
export {
  PERMISSIONS,
  PERMISSION_MATRIX,
  TWO_FACTOR_REQUIRED_ROLES,
  can,
  canAssignRole,
  requiresTwoFactor,
  rolesWith,
  type Permission,
} from "./permissions";
export * from "./two-factor";
export * from "./staff";
