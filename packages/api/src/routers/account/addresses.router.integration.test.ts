import { createSavedAddress } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { MAX_ADDRESSES } from "@comptoir/validators";
import { describe, expect, it } from "vitest";
import { outsiders, refusal, storefrontCustomer } from "./account-test-kit";

describe("account.addresses", () => {
  const database = useTestDatabase("api_account_addresses");

  const paris = {
    name: "Camille Martin",
    line1: "1 rue de la Paix",
    postalCode: "75 002",
    city: "Paris",
    country: "FR" as const,
    phone: "",
  };
  const quebec = {
    name: "Alex Tremblay",
    line1: "500 rue Sherbrooke",
    line2: "App. 4",
    postalCode: "h2x1y4",
    city: "Montréal",
    country: "CA" as const,
    region: "qc",
  };

  it("adds addresses normalized like the checkout's, and lists defaults first", async () => {
    const { api } = await storefrontCustomer(database.db);
    const home = await api.account.addresses.create(paris);
    expect(home).toEqual({
      id: home.id,
      name: "Camille Martin",
      line1: "1 rue de la Paix",
      line2: null,
      postalCode: "75002",
      city: "Paris",
      region: null,
      country: "FR",
      phone: null,
      isDefaultShipping: false,
      isDefaultBilling: false,
    });
    const cottage = await api.account.addresses.create({
      ...quebec,
      defaultShipping: true,
      defaultBilling: true,
    });
    expect(cottage).toMatchObject({ postalCode: "H2X 1Y4", region: "QC", line2: "App. 4" });
    expect((await api.account.addresses.list()).map((address) => address.id)).toEqual([cottage.id, home.id]);
  });

  it("edits an address and moves defaults, one per kind", async () => {
    const { api } = await storefrontCustomer(database.db);
    const home = await api.account.addresses.create({ ...paris, defaultShipping: true });
    const office = await api.account.addresses.create({ ...paris, name: "Bureau" });
    expect(await api.account.addresses.update({ id: home.id, ...quebec })).toMatchObject({
      city: "Montréal",
      isDefaultShipping: true,
    });
    expect(await api.account.addresses.setDefault({ id: office.id, kind: "shipping" })).toMatchObject({
      id: office.id,
      isDefaultShipping: true,
    });
    await api.account.addresses.setDefault({ id: home.id, kind: "billing" });
    const flags = (await api.account.addresses.list()).map((address) => [
      address.name,
      address.isDefaultShipping,
      address.isDefaultBilling,
    ]);
    expect(flags).toEqual([
      ["Bureau", true, false],
      ["Alex Tremblay", false, true],
    ]);
  });

  it("keeps one default when two setDefault calls race", async () => {
    const { user, api } = await storefrontCustomer(database.db);
    const [first, second] = await Promise.all([
      createSavedAddress(database.db, user.id, { name: "A" }),
      createSavedAddress(database.db, user.id, { name: "B" }),
    ]);
    await Promise.all([
      api.account.addresses.setDefault({ id: first.id, kind: "shipping" }),
      api.account.addresses.setDefault({ id: second.id, kind: "shipping" }),
    ]);
    expect(await database.db.address.count({ where: { userId: user.id, isDefaultShipping: true } })).toBe(1);
  });

  it("deletes an address; the default deleted leaves no default", async () => {
    const { api } = await storefrontCustomer(database.db);
    const home = await api.account.addresses.create({ ...paris, defaultShipping: true });
    const office = await api.account.addresses.create({ ...paris, name: "Bureau" });
    expect(await api.account.addresses.delete({ id: home.id })).toEqual({ ok: true });
    expect(await api.account.addresses.list()).toEqual([
      expect.objectContaining({ id: office.id, isDefaultShipping: false, isDefaultBilling: false }),
    ]);
  });

  it("refuses invalid addresses field by field, and changes nothing", async () => {
    const { user, api } = await storefrontCustomer(database.db);
    const home = await api.account.addresses.create(paris);
    expect(
      await refusal(api.account.addresses.create({ ...paris, postalCode: "7500", phone: "call me" })),
    ).toEqual({
      code: "BAD_REQUEST",
      domain: null,
      fields: { postalCode: ["validation.postal_code"], phone: ["validation.phone"] },
    });
    expect(
      await refusal(api.account.addresses.update({ id: home.id, ...quebec, region: "", name: "" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: { name: ["validation.required"], region: ["validation.region"] },
    });
    expect(await refusal(api.account.addresses.create({ ...paris, country: "US" as "FR" }))).toMatchObject({
      fields: { country: ["validation.country"] },
    });
    expect(
      await refusal(api.account.addresses.setDefault({ id: home.id, kind: "invoice" as "billing" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(await refusal(api.account.addresses.delete({ id: "../../etc" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await database.db.address.findMany({ where: { userId: user.id }, select: { city: true } }),
    ).toEqual([{ city: "Paris" }]);
  });

  it("answers NOT_FOUND for an unknown address", async () => {
    const { api } = await storefrontCustomer(database.db);
    // One call at a time: a rejection must never wait unobserved.
    for (const call of [
      () => api.account.addresses.update({ id: "unknown", ...paris }),
      () => api.account.addresses.delete({ id: "unknown" }),
      () => api.account.addresses.setDefault({ id: "unknown", kind: "shipping" }),
    ]) {
      expect(await refusal(call())).toMatchObject({ code: "NOT_FOUND", domain: "NOT_FOUND" });
    }
  });

  it(`keeps at most ${MAX_ADDRESSES} addresses: ADDRESS_LIMIT after that`, async () => {
    const { user, api } = await storefrontCustomer(database.db);
    await database.db.address.createMany({
      data: Array.from({ length: MAX_ADDRESSES }, (_, index) => ({
        userId: user.id,
        name: `Adresse ${index}`,
        line1: "1 rue de la Paix",
        postalCode: "75002",
        city: "Paris",
        country: "FR",
      })),
    });
    expect(await refusal(api.account.addresses.create(paris))).toEqual({
      code: "BAD_REQUEST",
      domain: "ADDRESS_LIMIT",
      fields: null,
    });
    expect(await database.db.address.count({ where: { userId: user.id } })).toBe(MAX_ADDRESSES);
  });

  it("answers UNAUTHORIZED without a session and FORBIDDEN to an admin session", async () => {
    const { anonymous, admin } = await outsiders(database.db);
    for (const [api, code] of [
      [anonymous, "UNAUTHORIZED"],
      [admin, "FORBIDDEN"],
    ] as const) {
      for (const call of [
        () => api.account.addresses.list(),
        () => api.account.addresses.create(paris),
        () => api.account.addresses.update({ id: "x", ...paris }),
        () => api.account.addresses.delete({ id: "x" }),
        () => api.account.addresses.setDefault({ id: "x", kind: "billing" }),
      ]) {
        expect((await refusal(call())).code).toBe(code);
      }
    }
  });
});
