// Content-Security-Policy nonces: 128 random bits per page, base64. Each page used to draw its 16
// bytes from the system's generator in a call of its own (randomBytes), which cost more than
// everything else the security headers do. They are now cut from a buffer refilled 256 nonces at a
// time by the same generator: every byte is still used once, for one nonce (Node's randomUUID
// batches its random bytes the same way).
import { randomFillSync } from "node:crypto";

const NONCE_BYTES = 16;
const NONCES_PER_FILL = 256;

const pool = Buffer.alloc(NONCE_BYTES * NONCES_PER_FILL);
let offset = pool.length;

/** A fresh nonce: 16 bytes no other nonce shares, in base64 (24 characters). */
export function cspNonce() {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const nonce = pool.toString("base64", offset, offset + NONCE_BYTES);
  offset += NONCE_BYTES;
  return nonce;
}
