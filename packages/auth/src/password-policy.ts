// Every password a person chooses (sign-up, reset, change) must be hard to guess. The length rules
// sit in the shared schema (packages/validators) so that forms check them as one types; this check
// needs zxcvbn-ts and its dictionary of ~50,000 leaked passwords, so it runs on the server only.
//
// zxcvbn-ts estimates how many guesses an attacker trying the most common passwords first would
// need, seeing through capitals, l33t substitutions, reversed words, appended years and digits,
// keyboard walks and repetitions: "Password2024!" and "P@ssw0rd123" are as weak as "password".
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/**
 * The lowest acceptable zxcvbn score: 3, "safely unguessable" (about 10^8 guesses or more). Scores 0
 * to 2 are a common password or a small variation of one.
 */
export const MIN_PASSWORD_SCORE = 3;

// Words of the shop itself, guessed first by anyone attacking its accounts.
const SHOP_WORDS = ["comptoir", "boutique", "shop"];

let estimator: Promise<ZxcvbnFactory> | undefined;

// Loaded on first use: decompressing the dictionaries takes a few tens of milliseconds and a few
// megabytes that processes which never see a new password (the worker) need not pay.
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([{ ZxcvbnFactory }, common]) =>
      new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
  );
  return estimator;
}

/** The words of an email address or a name, as an attacker would try them ("camille.dupont@..."). */
function contextWords(context: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>(SHOP_WORDS);
  for (const value of context) {
    if (!value) continue;
    const lower = value.toLowerCase().normalize("NFKC");
    const local = lower.split("@")[0] ?? lower;
    const parts = local.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 3);
    // "camille.dupont", "camilledupont", "camille", "dupont".
    for (const word of [lower, local, parts.join(""), ...parts]) if (word) words.add(word);
  }
  return [...words];
}

/**
 * True when `plain` is too easy to guess: a common password, a variation of one, or built from the
 * person's own email address or name (pass them as `context`).
 */
export async function isGuessablePassword(
  plain: string,
  context: readonly (string | null | undefined)[] = [],
): Promise<boolean> {
  const zxcvbn = await loadEstimator();
  return zxcvbn.check(plain.normalize("NFKC"), contextWords(context)).score < MIN_PASSWORD_SCORE;
}
