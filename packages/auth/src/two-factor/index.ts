export {
  adminSessionState,
  isRecentlyReauthenticated,
  REAUTHENTICATION_WINDOW_MS,
  stepAfterPassword,
  type AdminSessionState,
  type AdminSessionStep,
} from "./session-state";
export {
  beginTwoFactorEnrolment,
  checkSecondFactor,
  completeSecondFactor,
  confirmTwoFactorEnrolment,
  reauthenticate,
  type SecondFactorMethod,
  type TwoFactorEnrolment,
} from "./two-factor";
export { currentTotpCode, newTotpSecret, normalizeTotpCode } from "./totp";
export { decryptTotpSecret, encryptTotpSecret } from "./secret-box";
export { normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
