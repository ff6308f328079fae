// Opening a session for someone who just proved who they are, the same way on every login path
// (password, verification link, magic link, reset link, email change link).
import { openLoginSession, rotateSession, type LoginMethod, type SessionUser } from "@comptoir/auth";
import { cart } from "@comptoir/core";
import type { Locale } from "@comptoir/validators";
import type { Context } from "./context";

/**
 * Logs `user` in: a new session whose cookie goes out with the response (the request's previous
 * session ends: the id always changes at login), a `user_login` event, and on the storefront the
 * shopper's guest cart merged into the customer's, so that what they picked before is still there.
 */
export async function logIn(
  ctx: Context,
  user: SessionUser,
  options: { method: LoginMethod; guestCartId?: string | null; locale?: Locale },
): Promise<void> {
  const session = await openLoginSession(ctx.db, {
    audience: ctx.audience,
    user,
    method: options.method,
    request: ctx,
    previousSessionId: ctx.sessionId,
  });
  ctx.resHeaders.append("Set-Cookie", session.setCookie);
  if (ctx.audience === "storefront" && options.guestCartId) {
    await cart.mergeGuestCart(ctx.db, {
      guestCartId: options.guestCartId,
      userId: user.id,
      email: user.email,
      locale: options.locale ?? user.locale,
    });
  }
}

/** Gives the logged-in person a new session id after a change of privilege (a new password). */
export async function renewSession(ctx: Context & { user: SessionUser; sessionId: string }): Promise<void> {
  const session = await rotateSession(ctx.db, {
    audience: ctx.audience,
    userId: ctx.user.id,
    sessionId: ctx.sessionId,
    request: ctx,
  });
  ctx.resHeaders.append("Set-Cookie", session.setCookie);
}
