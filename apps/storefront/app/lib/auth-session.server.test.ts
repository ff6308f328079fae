import { describe, expect, it } from "vitest";
import { cookiesAfter } from "./auth-session.server";

describe("cookiesAfter", () => {
  it("gives the Cookie header a browser sends after storing Set-Cookie values, in order", () => {
    expect(
      cookiesAfter([
        "comptoir_session=old; Path=/; HttpOnly; SameSite=Lax",
        // A login blanks the old session, then sets the new one: the last value wins.
        "comptoir_session=; Max-Age=0; Path=/",
        "comptoir_session=new.id; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000",
        "comptoir_cart=abc.signed%3D; Path=/; Max-Age=2592000",
        "comptoir_cart=; Max-Age=0; Path=/",
        "cart_count=3; Max-Age=2592000; Path=/",
      ]),
    ).toBe("comptoir_session=new.id; cart_count=3");
  });

  it("ignores what is not a cookie", () => {
    expect(cookiesAfter(["", "=nameless", "novalue"])).toBe("");
  });
});
