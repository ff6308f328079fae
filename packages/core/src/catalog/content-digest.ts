// A cached catalog value is shared by every request that reads it until the next catalog change.
// Two things follow, done once when the value enters the cache rather than at every request:
//
// - it is frozen, deeply: a loader that changed it would change it for every later page;
// - it carries the digest of its JSON, so that whoever fingerprints a page made of it (the document
//   handler's ETag, packages/ui) hashes a few bytes instead of serializing the value again.
//
// The digest sits under a registered symbol: packages/ui reads it with Symbol.for without depending
// on this package, and neither JSON nor Remix's data encoding sees it (symbol keys, not enumerable).
// A second one tells Remix's data encoder (turbo-stream, patched: patches/turbo-stream@2.4.1.patch)
// that the value never changes, so that it writes again what it wrote for it at the last page
// instead of encoding its every field anew.
import { createHash } from "node:crypto";

export const CONTENT_DIGEST: unique symbol = Symbol.for("comptoir.contentDigest") as never;
export const IMMUTABLE: unique symbol = Symbol.for("turbo-stream.immutable") as never;

/** The digest `sealValue` gave the value, if it went through it. */
export function contentDigestOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  return (value as { [CONTENT_DIGEST]?: string })[CONTENT_DIGEST];
}

/**
 * Freezes `value` deeply and gives it the digest of `json`, its JSON text (which the caller has at
 * hand). Only plain data is sealed (objects and arrays, all the way down): an instance of a class
 * (a Date, an index kept in Maps) is left as it is, since its JSON need not say what it holds.
 * Primitives are returned as they are; a value sealed already is left alone.
 */
export function sealValue<T>(value: T, json: string): T {
  if (!isPlainData(value) || Object.isFrozen(value)) return value;
  Object.defineProperty(value, CONTENT_DIGEST, {
    value: `sha1:${createHash("sha1").update(json).digest("base64url")}`,
  });
  Object.defineProperty(value, IMMUTABLE, { value: true });
  deepFreeze(value);
  return value;
}

function deepFreeze(value: object): void {
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (isPlainData(child) && !Object.isFrozen(child)) deepFreeze(child);
  }
}

/** An array, or an object made by a literal (or with no prototype). */
function isPlainData(value: unknown): value is object {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
