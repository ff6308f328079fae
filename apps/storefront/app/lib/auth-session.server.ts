// The end of every successful login (password, emailed link): the new session's cookie goes to
// the browser, the guest cart (merged into the customer's by the API) is forgotten, and the
// customer lands on the next page with a 303, so that a reload does not post the form again.
import { redirect } from "@remix-run/node";
import { createRequestCaller, type RequestCaller } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { authHeaders } from "./auth-page.server";
import { cartCookies } from "./cart-cookie.server";
import { publicOrigin } from "./origin.server";

/** How to reach the API as the browser will after the login (tests give their own database). */
export type CallerForRequest = (request: Request) => Promise<RequestCaller>;

const defaultCallerFor: CallerForRequest = (request) =>
  createRequestCaller(request, "storefront", undefined, { origin: publicOrigin(request) });

/** The guest cart the login carries so that the API merges it: the one in the cart cookie. */
export async function guestCartIdOf(request: Request): Promise<string | undefined> {
  return (await cartCookies.readCartId(request)) ?? undefined;
}

/** The Cookie header a browser sends after storing these Set-Cookie values (cleared ones left out). */
export function cookiesAfter(setCookies: string[]): string {
  const jar = new Map<string, string>();
  for (const header of setCookies) {
    const [pair = "", ...attributes] = header.split(";");
    const separator = pair.indexOf("=");
    if (separator <= 0) continue;
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const cleared = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
    if (cleared || value === "") jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/**
 * The redirect that ends a login. When the login carried a guest cart, the API moved its lines into
 * the customer's cart and deleted it: the cart cookie now names nothing, so it is cleared, and the
 * header's item count becomes the customer's (read as the new session, the way the next page will).
 */
export async function loggedInRedirect(
  request: Request,
  caller: RequestCaller,
  options: { locale: Locale; to: string; guestCartId: string | undefined; callerFor?: CallerForRequest },
): Promise<Response> {
  const headers = authHeaders(caller);
  if (options.guestCartId) {
    const asCustomer = await (options.callerFor ?? defaultCallerFor)(
      new Request(request.url, {
        headers: {
          Cookie: cookiesAfter(headers.getSetCookie()),
          "User-Agent": request.headers.get("User-Agent") ?? "",
        },
      }),
    );
    const cart = await asCustomer.api.cart.get({ cartId: null, locale: options.locale });
    // Cleared cart id (with a zero count), then the real count: a browser keeps the last value.
    for (const cookie of await cartCookies.commit(null, 0)) headers.append("Set-Cookie", cookie);
    for (const cookie of await cartCookies.commit(undefined, cart.itemCount)) {
      headers.append("Set-Cookie", cookie);
    }
  }
  return redirect(options.to, { status: 303, headers });
}
