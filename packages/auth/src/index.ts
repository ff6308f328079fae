export { hashPassword, verifyPassword } from "./password";
export { authenticateWithPassword } from "./authenticate";
export {
  validateRequestSession,
  startSession,
  endSession,
  endAllSessionsOf,
  blankSessionCookie,
} from "./sessions";
export type { ValidatedSession, SessionCheck } from "./sessions";
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
