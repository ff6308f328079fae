// The address book page against the real API: adding, editing, defaults, deleting; a bad form or
// another customer's address changes nothing.
import { createSavedAddress } from "@comptoir/core/testing";
import { describe, expect, it } from "vitest";
import type { AccountFormReply } from "./account-form";
import { addressesAction, addressesPageData } from "./account-addresses.server";
import { useAccountTestShop } from "./account-test-shop.server";

const shop = useAccountTestShop("storefront_account_addresses");
const PATH = "/fr/compte/adresses";

const LYON = {
  name: "Léa Dubois",
  line1: "8 rue Mercière",
  line2: "",
  postalCode: "69 002",
  city: "Lyon",
  country: "FR",
  region: "",
  phone: "",
};
const MONTREAL = {
  name: "Sam Tremblay",
  line1: "1200 rue Sainte-Catherine",
  line2: "App. 4",
  postalCode: "h3b1k9",
  city: "Montréal",
  country: "CA",
  region: "QC",
  phone: "+1 514 555 0199",
};

const book = (userId: string) =>
  shop.db.address.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, postalCode: true, isDefaultShipping: true, isDefaultBilling: true },
  });

describe("the address book", () => {
  it("adds addresses, makes one the default, edits and deletes them", async () => {
    const { user, browser } = await shop.customer();
    const empty = await browser.get<{ addresses: unknown[]; adding: boolean }>(PATH, addressesPageData);
    // An empty book opens the form at once.
    expect(empty.data).toMatchObject({ addresses: [], adding: true });

    const created = await browser.post(
      PATH,
      { intent: "create", ...LYON, defaultShipping: "on" },
      addressesAction,
    );
    expect(created.status).toBe(303);
    expect(created.location).toBe(`${PATH}?done=created`);
    await browser.post(PATH, { intent: "create", ...MONTREAL }, addressesAction);
    let [lyon, montreal] = await book(user.id);
    expect(lyon).toMatchObject({ postalCode: "69002", isDefaultShipping: true, isDefaultBilling: false });
    expect(montreal).toMatchObject({ postalCode: "H3B 1K9", isDefaultShipping: false });

    const defaulted = await browser.post(
      PATH,
      { intent: "default-shipping", id: montreal!.id },
      addressesAction,
    );
    expect(defaulted.location).toBe(`${PATH}?done=default`);
    await browser.post(PATH, { intent: "default-billing", id: lyon!.id }, addressesAction);
    [lyon, montreal] = await book(user.id);
    expect(lyon).toMatchObject({ isDefaultShipping: false, isDefaultBilling: true });
    expect(montreal).toMatchObject({ isDefaultShipping: true, isDefaultBilling: false });

    const page = await browser.get<{ addresses: { id: string }[]; editing: string | null }>(
      `${PATH}?edit=${lyon!.id}`,
      addressesPageData,
    );
    expect(page.data?.editing).toBe(lyon!.id);
    // Defaults first.
    expect(page.data?.addresses.map((address) => address.id)).toEqual([montreal!.id, lyon!.id]);

    const updated = await browser.post(
      PATH,
      { intent: "update", id: lyon!.id, ...LYON, name: "Léa Martin" },
      addressesAction,
    );
    expect(updated.location).toBe(`${PATH}?done=updated`);
    expect((await book(user.id))[0]).toMatchObject({ name: "Léa Martin", isDefaultBilling: true });

    const deleted = await browser.post(PATH, { intent: "delete", id: lyon!.id }, addressesAction);
    expect(deleted.location).toBe(`${PATH}?done=deleted`);
    expect((await book(user.id)).map((address) => address.id)).toEqual([montreal!.id]);
  });

  it("names every bad field of the form and saves nothing", async () => {
    const { user, browser } = await shop.customer();
    const answer = await browser.post<AccountFormReply>(
      PATH,
      { intent: "create", ...MONTREAL, name: "", postalCode: "75001", region: "" },
      addressesAction,
    );
    expect(answer.status).toBe(400);
    expect(answer.data?.intent).toBe("create");
    expect(answer.data?.result.error).toEqual({
      name: ["validation.required"],
      postalCode: ["validation.postal_code"],
      region: ["validation.region"],
    });
    // What was typed comes back to the form.
    expect(answer.data?.result.initialValue).toMatchObject({ city: "Montréal", postalCode: "75001" });
    expect(await book(user.id)).toEqual([]);
  });

  it("treats another customer's address as no address, and leaves it alone", async () => {
    const owner = await shop.customer();
    const theirs = await createSavedAddress(shop.db, owner.user.id, {
      name: "Owner",
      isDefaultShipping: true,
    });
    const { user, browser } = await shop.customer();

    for (const form of [
      { intent: "update", id: theirs.id, ...LYON },
      { intent: "delete", id: theirs.id },
      { intent: "default-billing", id: theirs.id },
    ]) {
      const answer = await browser.post<AccountFormReply>(PATH, form, addressesAction);
      expect(answer.status, form.intent).toBe(404);
      expect(answer.data?.result.error).toEqual({ "": ["NOT_FOUND"] });
    }
    expect(await book(owner.user.id)).toEqual([
      expect.objectContaining({
        id: theirs.id,
        name: "Owner",
        isDefaultShipping: true,
        isDefaultBilling: false,
      }),
    ]);
    expect(await book(user.id)).toEqual([]);
    // Nor does the page open it.
    const page = await browser.get<{ editing: string | null; deleting: string | null }>(
      `${PATH}?edit=${theirs.id}&delete=${theirs.id}`,
      addressesPageData,
    );
    expect(page.data).toMatchObject({ editing: null, deleting: null });
  });

  it("answers a form it never rendered with BAD_REQUEST", async () => {
    const { browser } = await shop.customer();
    const answer = await browser.post<AccountFormReply>(
      PATH,
      { intent: "export-everything" },
      addressesAction,
    );
    expect(answer.status).toBe(400);
    expect(answer.data?.result.error).toEqual({ "": ["BAD_REQUEST"] });
  });
});
