// Every page of the account area: for a visitor, the way to the login page (and back after); for
// the customer, their own data, never stored by a cache.
import { describe, expect, it } from "vitest";
import { overviewPageData } from "./account-overview.server";
import { ordersPageData } from "./account-orders.server";
import { addressesPageData } from "./account-addresses.server";
import { passwordPageData } from "./account-password.server";
import { privacyExport, privacyPageData } from "./account-privacy.server";
import { profilePageData } from "./account-profile.server";
import { sessionsPageData } from "./account-sessions.server";
import { useAccountTestShop } from "./account-test-shop.server";

const shop = useAccountTestShop("storefront_account_pages");

const PAGES = [
  ["/fr/compte", overviewPageData],
  ["/fr/compte/profil", profilePageData],
  ["/en/account/password", passwordPageData],
  ["/fr/compte/adresses?edit=x", addressesPageData],
  ["/fr/compte/commandes?page=2", ordersPageData],
  ["/en/account/devices", sessionsPageData],
  ["/fr/compte/confidentialite", privacyPageData],
  ["/fr/compte/confidentialite/export", privacyExport],
] as const;

describe("the account pages", () => {
  it.each(PAGES)("send a visitor of %s to the login page, to come back after", async (path, loader) => {
    const visitor = shop.browser();
    const answer = await visitor.get(path, loader);
    expect(answer.status).toBe(302);
    const locale = path.split("/")[1];
    const login = locale === "fr" ? "/fr/connexion" : "/en/login";
    expect(answer.location).toBe(`${login}?redirectTo=${encodeURIComponent(path)}`);
    expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("treat a session that ended as no session", async () => {
    const { user, browser } = await shop.customer();
    await shop.db.session.deleteMany({ where: { userId: user.id } });
    const answer = await browser.get("/fr/compte/profil", profilePageData);
    expect(answer.location).toBe("/fr/connexion?redirectTo=%2Ffr%2Fcompte%2Fprofil");
  });

  it("show the customer their own page, private, with noindex and the other language's URL", async () => {
    const { user, browser } = await shop.customer({ name: "Camille" });
    const answer = await browser.get<{
      name: string;
      email: string;
      welcome: boolean;
      seo: { noindex: boolean; title: string; canonical: string };
      alternates: Record<string, string>;
    }>("/fr/compte?welcome=1", overviewPageData);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
    expect(answer.data).toMatchObject({
      name: "Camille",
      email: user.email,
      welcome: true,
      seo: { noindex: true, title: "Mon compte — Comptoir", canonical: "http://shop.test/fr/compte" },
      alternates: { fr: "/fr/compte", en: "/en/account" },
    });
    const again = await browser.get<{ welcome: boolean }>("/fr/compte", overviewPageData);
    expect(again.data?.welcome).toBe(false);
  });
});
