// Password hashing with argon2id (OWASP's recommended parameters: 19 MiB, 2 iterations, 1 lane).
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain.normalize("NFKC"), OPTIONS);
}

/** False for a wrong password or a hash that is not ours; never throws on bad input. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain.normalize("NFKC"));
  } catch {
    return false;
  }
}

// A hash of a random string, checked when the account does not exist, so that a login attempt
// takes the same time whether or not the email is known (no user enumeration by timing).
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(plain: string): Promise<false> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await decoyHash, plain);
  return false;
}
