// Where a login sends the customer next. `redirectTo` travels in a link (the account pages send
// visitors to the login page with it), so anyone can craft one: only a path on this site is
// followed, never another origin, or a fresh login would hand the customer to a look-alike site.

/** Longer than any page of ours needs; a bounded value in a hidden field and a Location header. */
const MAX_LENGTH = 2048;

/** Where the path is resolved to check that it stays here: any origin of ours would do. */
const BASE = "http://storefront.invalid";

/**
 * `target` when it is a path of this site ("/fr/compte/commandes?page=2"), else `fallback`.
 * Refused: absolute and protocol-relative URLs ("//evil.test"), backslashes (browsers read
 * "/\evil.test" as "//evil.test"), control characters and spaces (browsers drop tabs and line
 * breaks from URLs, so "/\t/evil.test" would become "//evil.test" too), and anything that,
 * resolved, lands on another origin.
 */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback: string) {
  if (typeof target !== "string" || target.length === 0 || target.length > MAX_LENGTH) return fallback;
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u0020\u007f]/.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
