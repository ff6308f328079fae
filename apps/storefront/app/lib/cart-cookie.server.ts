// The cart's cookies. `comptoir_cart` holds the guest cart's id, signed so that a shopper cannot
// point it at another cart; `cart_count` holds the number of items for the header, readable by
// scripts because it is only a display hint (see components/cart-link.tsx).
import { createCookie, type Cookie } from "@remix-run/node";
import { CART_COUNT_COOKIE, readCartCount } from "./cart-count";
import { storefrontEnv } from "./env.server";

const THIRTY_DAYS = 60 * 60 * 24 * 30;

/** Cart ids are cuids: a bounded, plain token (anything else in a cookie is not ours). */
const CART_ID = /^[a-z0-9]{8,64}$/i;

export interface CartCookies {
  /** The cart id in the request's cookie, or null when absent, unsigned, forged or malformed. */
  readCartId(request: Request): Promise<string | null>;
  /**
   * Set-Cookie headers remembering `cartId` (null forgets it, undefined leaves the cookie as it is)
   * and the header's item count.
   */
  commit(cartId: string | null | undefined, itemCount: number): Promise<string[]>;
  /** The item count the browser last received, to skip re-sending an unchanged one. */
  readItemCount(request: Request): number | null;
}

export function createCartCookies(options: { secrets: string[]; secure: boolean }): CartCookies {
  const cartCookie: Cookie = createCookie("comptoir_cart", {
    secrets: options.secrets,
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    path: "/",
    maxAge: THIRTY_DAYS,
  });
  // A bare number rather than Remix's encoded value, so the header reads it with one regular expression.
  const countCookie = (count: number) =>
    `${CART_COUNT_COOKIE}=${count}; Max-Age=${count > 0 ? THIRTY_DAYS : 0}; Path=/; SameSite=Lax${options.secure ? "; Secure" : ""}`;

  return {
    async readCartId(request) {
      // parse() verifies the signature with every secret and gives null for a bad one.
      const value: unknown = await cartCookie.parse(request.headers.get("Cookie"));
      return typeof value === "string" && CART_ID.test(value) ? value : null;
    },
    async commit(cartId, itemCount) {
      const headers = [countCookie(cartId === null ? 0 : Math.max(0, Math.trunc(itemCount)))];
      if (cartId) headers.unshift(await cartCookie.serialize(cartId));
      else if (cartId === null) headers.unshift(await cartCookie.serialize("", { maxAge: 0 }));
      return headers;
    },
    readItemCount(request) {
      return readCartCount(request.headers.get("Cookie"));
    },
  };
}

export const cartCookies = createCartCookies({
  secrets: storefrontEnv.cookieSecrets,
  secure: storefrontEnv.NODE_ENV === "production",
});
