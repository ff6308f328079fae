// TOTP secrets are encrypted at rest: a copy of the database (a backup, a replica) does not let
// anyone compute staff codes without TOTP_ENCRYPTION_KEY too. AES-256-GCM from node:crypto, with a
// key derived from the configured string by HKDF, a fresh IV per value, and the user id as
// associated data so that a secret copied onto another account's row does not decrypt.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { totpEncryptionKey } from "../env";

const VERSION = "v1";

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "comptoir", "totp-secret-encryption", 32));
}

let cachedKey: Buffer | undefined;
const defaultKey = () => (cachedKey ??= keyFrom(totpEncryptionKey()));

export function encryptTotpSecret(secret: string, userId: string, key: Buffer = defaultKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plain secret, or null when the value was not encrypted for this user with this key. */
export function decryptTotpSecret(stored: string, userId: string, key: Buffer = defaultKey()): string | null {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}

/** For tests: a key as the module derives it from a configured string. */
export const deriveTotpKey = keyFrom;
