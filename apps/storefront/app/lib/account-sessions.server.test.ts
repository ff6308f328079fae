// The devices page against the real API: the customer's sessions described from their browsers,
// one logged out, or all of them.
import { describe, expect, it } from "vitest";
import type { AccountFormReply } from "./account-form";
import { profilePageData } from "./account-profile.server";
import { sessionsAction, sessionsPageData } from "./account-sessions.server";
import { useAccountTestShop } from "./account-test-shop.server";

const shop = useAccountTestShop("storefront_account_sessions");
const PATH = "/fr/compte/appareils";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

interface SessionsPage {
  sessions: {
    id: string;
    current: boolean;
    ipAddress: string | null;
    device: { browser: string | null; system: string | null };
  }[];
}

describe("the devices page", () => {
  it("lists the customer's sessions, this one first, by browser and system, never by session id", async () => {
    const { user, browser } = await shop.customer();
    const phone = shop.browser({ userAgent: IPHONE });
    await phone.logIn(user.id);
    const stranger = await shop.customer();

    const answer = await browser.get<SessionsPage>(PATH, sessionsPageData);
    expect(answer.data?.sessions).toEqual([
      expect.objectContaining({ current: true, device: { browser: "Firefox 128", system: "Linux" } }),
      expect.objectContaining({ current: false, device: { browser: "Safari 17", system: "iOS" } }),
    ]);
    const ids = await shop.db.session.findMany({ select: { id: true } });
    const page = JSON.stringify(answer.data);
    for (const { id } of ids) expect(page).not.toContain(id);
    expect(page).not.toContain(stranger.user.id);
  });

  it("logs one device out, and no device of another customer", async () => {
    const { user, browser } = await shop.customer();
    const phone = shop.browser({ userAgent: IPHONE });
    await phone.logIn(user.id);
    const stranger = await shop.customer();
    const strangers = await stranger.browser.get<SessionsPage>(PATH, sessionsPageData);
    const theirs = strangers.data!.sessions[0]!.id;

    const refused = await browser.post<AccountFormReply>(
      PATH,
      { intent: "revoke", id: theirs },
      sessionsAction,
    );
    expect(refused.status).toBe(404);
    expect(refused.data?.result.error).toEqual({ "": ["NOT_FOUND"] });
    expect(await shop.db.session.count({ where: { userId: stranger.user.id } })).toBe(1);

    const listed = await browser.get<SessionsPage>(PATH, sessionsPageData);
    const other = listed.data!.sessions.find((session) => !session.current)!;
    const answer = await browser.post(PATH, { intent: "revoke", id: other.id }, sessionsAction);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`${PATH}?done=revoked`);
    expect((await phone.get("/fr/compte/profil", profilePageData)).status).toBe(302);
    expect((await browser.get("/fr/compte/profil", profilePageData)).status).toBe(200);
  });

  it("logs out of every device, this one included, and leads to the login page", async () => {
    const { user, browser } = await shop.customer();
    await shop.browser({ userAgent: IPHONE }).logIn(user.id);
    const answer = await browser.post(PATH, { intent: "everywhere" }, sessionsAction);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe("/fr/connexion");
    expect(await shop.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(browser.jar.size).toBe(0);
  });
});
