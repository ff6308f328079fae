// What must never reach a log line: passwords, tokens, cookies, session ids, card data and personal
// contact details. Masked by key name at any depth, and by value pattern in any string, so a secret
// nested in an error's details or a free-text message is caught too.

export const REDACTED = "[redacted]";

/** Keys whose value is masked whatever it holds (compared without case, "_" or "-"). */
const SECRET_KEY =
  /^(pass(word)?|.*password|.*passwordhash|.*secret|.*token|authorization|cookie|setcookie|sessionid|session|apikey|.*email|emailaddress|phone|card|cardnumber|pan|cvc|cvv|iban|totp|otp|code(s)?|recoverycodes?)$/;

/** Patterns masked inside any string value. */
/** @type {RegExp[]} */
const SECRET_PATTERNS = [
  // Bearer tokens and basic credentials in headers copied into messages.
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  // Email addresses.
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  // Card numbers: 13 to 19 digits, with optional spaces or dashes between them.
  /\b\d(?:[ -]?\d){12,18}\b/g,
  // Stripe secrets and webhook secrets.
  /\b(sk|rk|whsec)_(live|test)?_?[A-Za-z0-9]{8,}\b/g,
  // Credentials in connection URLs (postgres://user:secret@host).
  /(?<=:\/\/[^:/\s]+:)[^@\s]+(?=@)/g,
];

/** @param {string} key */
function isSecretKey(key) {
  return SECRET_KEY.test(key.replace(/[-_]/g, "").toLowerCase());
}

/**
 * @param {string} value
 * @returns {string}
 */
export function redactString(value) {
  return SECRET_PATTERNS.reduce((text, pattern) => text.replace(pattern, REDACTED), value);
}

/**
 * A copy of `value` with every secret masked. Cycles and very deep structures are cut short.
 * @param {unknown} value
 * @param {number} [depth]
 * @param {WeakSet<object>} [seen]
 * @returns {unknown}
 */
export function redact(value, depth = 0, seen = new WeakSet()) {
  if (typeof value === "string") return redactString(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 8) return "[depth]";
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1, seen));
  if (value instanceof Date) return value;
  if (value instanceof Error) {
    return redact({ type: value.name, message: value.message, stack: value.stack }, depth, seen);
  }
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      isSecretKey(key) && item !== null && item !== undefined ? REDACTED : redact(item, depth + 1, seen);
  }
  return out;
}
