// Time-based one-time codes (RFC 6238: 6 digits, 30-second steps, SHA-1, as every authenticator app
// expects) through otplib. A code is accepted in its own step and the one before (a code typed
// just as it changed), and only in a step later than the last one accepted for the account, so a
// code seen over someone's shoulder cannot be used again.
import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

const ISSUER = "Comptoir";
const PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: ISSUER, label: accountEmail, secret, period: PERIOD_SECONDS, digits: 6 });
}

/** The QR code of `uri` as an SVG document (inline in the page, no image request, works without JavaScript). */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** "123 456" and "123456" are the same code; anything but 6 digits is not a code. */
export function normalizeTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step `code` belongs to, or null when it is not a current code of `secret` or belongs
 * to a step at or before `afterStep` (already used).
 */
export async function matchTotpCode(
  secret: string,
  code: string,
  options: { afterStep?: number | null; now?: Date } = {},
): Promise<number | null> {
  const token = normalizeTotpCode(code);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    period: PERIOD_SECONDS,
    epoch: Math.floor((options.now ?? new Date()).getTime() / 1000),
    // The previous step too: the code on the phone may have changed while it was typed.
    epochTolerance: [PERIOD_SECONDS, 0],
    afterTimeStep: options.afterStep ?? undefined,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The code an authenticator app shows for `secret` at `now` (tests and the e2e suite). */
export function currentTotpCode(secret: string, now: Date = new Date()): Promise<string> {
  return generate({ secret, period: PERIOD_SECONDS, epoch: Math.floor(now.getTime() / 1000) });
}
