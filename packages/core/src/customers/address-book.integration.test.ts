import { useTestDatabase } from "@comptoir/db/testing";
import { MAX_ADDRESSES } from "@comptoir/validators";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createCustomer } from "../testing";
import { createAddress } from "./create-address";
import { deleteAddress } from "./delete-address";
import { listAddresses } from "./list-addresses";
import { setDefaultAddress } from "./set-default-address";
import { createSavedAddress } from "./test-fixtures";
import { updateAddress } from "./update-address";

describe("the address book", () => {
  const database = useTestDatabase("customers_addresses");

  const paris = {
    name: "Camille Martin",
    line1: "1 rue de la Paix",
    postalCode: "75002",
    city: "Paris",
    country: "FR" as const,
  };
  const montreal = {
    name: "Alex Tremblay",
    line1: "500 rue Sherbrooke",
    postalCode: "H2X 1Y4",
    city: "Montréal",
    country: "CA" as const,
    region: "QC",
    phone: "+1 514-555-0199",
  };

  const defaults = async (userId: string) =>
    (await listAddresses(database.db, userId)).map((address) => [
      address.name,
      address.isDefaultShipping,
      address.isDefaultBilling,
    ]);

  it("adds addresses, stores absent optional fields as null, and lists defaults first", async () => {
    const customer = await createCustomer(database.db);
    const first = await createAddress(database.db, customer.id, paris);
    expect(first).toEqual({
      id: first.id,
      ...paris,
      line2: null,
      region: null,
      phone: null,
      isDefaultShipping: false,
      isDefaultBilling: false,
    });
    await createAddress(database.db, customer.id, { ...montreal, defaultBilling: true });
    await createAddress(database.db, customer.id, { ...paris, name: "Bureau", defaultShipping: true });
    expect(await defaults(customer.id)).toEqual([
      ["Bureau", true, false],
      ["Alex Tremblay", false, true],
      ["Camille Martin", false, false],
    ]);
  });

  it("moves a default from one address to another, for shipping and billing separately", async () => {
    const customer = await createCustomer(database.db);
    const home = await createAddress(database.db, customer.id, {
      ...paris,
      name: "Maison",
      defaultShipping: true,
      defaultBilling: true,
    });
    const office = await createAddress(database.db, customer.id, { ...paris, name: "Bureau" });
    await setDefaultAddress(database.db, customer.id, { id: office.id, kind: "shipping" });
    expect(await defaults(customer.id)).toEqual([
      ["Bureau", true, false],
      ["Maison", false, true],
    ]);
    // Setting the default it already is changes nothing.
    await setDefaultAddress(database.db, customer.id, { id: home.id, kind: "billing" });
    await createAddress(database.db, customer.id, {
      ...montreal,
      defaultShipping: true,
      defaultBilling: true,
    });
    expect(await defaults(customer.id)).toEqual([
      ["Alex Tremblay", true, true],
      ["Maison", false, false],
      ["Bureau", false, false],
    ]);
  });

  it("keeps one default per kind when two requests set different defaults at the same time", async () => {
    const customer = await createCustomer(database.db);
    const ids = await Promise.all(
      ["A", "B", "C", "D"].map(
        async (name) => (await createSavedAddress(database.db, customer.id, { name })).id,
      ),
    );
    await createSavedAddress(database.db, customer.id, { name: "E", isDefaultShipping: true });
    // Without the customer's row locked, the second transaction would not see the first's new
    // default, and the partial unique index would refuse its own.
    const results = await Promise.allSettled(
      ids.flatMap((id) => [
        setDefaultAddress(database.db, customer.id, { id, kind: "shipping" }),
        setDefaultAddress(database.db, customer.id, { id, kind: "billing" }),
      ]),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const rows = await listAddresses(database.db, customer.id);
    expect(rows.filter((row) => row.isDefaultShipping)).toHaveLength(1);
    expect(rows.filter((row) => row.isDefaultBilling)).toHaveLength(1);
  });

  it("updates an address, keeping its defaults unless asked, and can drop a default", async () => {
    const customer = await createCustomer(database.db);
    const address = await createAddress(database.db, customer.id, {
      ...paris,
      defaultShipping: true,
      defaultBilling: true,
    });
    const moved = await updateAddress(database.db, customer.id, { id: address.id, ...montreal });
    expect(moved).toMatchObject({
      ...montreal,
      line2: null,
      isDefaultShipping: true,
      isDefaultBilling: true,
    });
    const dropped = await updateAddress(database.db, customer.id, {
      id: address.id,
      ...montreal,
      defaultBilling: false,
    });
    expect(dropped).toMatchObject({ isDefaultShipping: true, isDefaultBilling: false });
  });

  it("deletes an address; deleting the default leaves no default", async () => {
    const customer = await createCustomer(database.db);
    const home = await createAddress(database.db, customer.id, { ...paris, defaultShipping: true });
    await createAddress(database.db, customer.id, { ...montreal });
    await deleteAddress(database.db, customer.id, home.id);
    expect(await defaults(customer.id)).toEqual([["Alex Tremblay", false, false]]);
  });

  it("refuses a 21st address with ADDRESS_LIMIT, even when the last ones arrive together", async () => {
    const customer = await createCustomer(database.db);
    for (let index = 0; index < MAX_ADDRESSES - 2; index += 1) {
      await createSavedAddress(database.db, customer.id, { name: `Adresse ${index}` });
    }
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((index) =>
        createAddress(database.db, customer.id, { ...paris, name: `Nouvelle ${index}` }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    for (const result of results) {
      if (result.status === "rejected") expect(isDomainError(result.reason, "ADDRESS_LIMIT")).toBe(true);
    }
    expect(await database.db.address.count({ where: { userId: customer.id } })).toBe(MAX_ADDRESSES);
  });

  it("answers NOT_FOUND for another customer's address, and changes nothing of it", async () => {
    const owner = await createCustomer(database.db);
    const other = await createCustomer(database.db);
    const address = await createAddress(database.db, owner.id, { ...paris, defaultShipping: true });
    const before = await listAddresses(database.db, owner.id);
    const attempts = [
      () => updateAddress(database.db, other.id, { id: address.id, ...montreal }),
      () => setDefaultAddress(database.db, other.id, { id: address.id, kind: "billing" }),
      () => deleteAddress(database.db, other.id, address.id),
      () => deleteAddress(database.db, owner.id, "unknown-address-id"),
    ];
    for (const attempt of attempts) {
      const error = await attempt().catch((caught: unknown) => caught);
      expect(isDomainError(error, "NOT_FOUND")).toBe(true);
    }
    expect(await listAddresses(database.db, owner.id)).toEqual(before);
    expect(await listAddresses(database.db, other.id)).toEqual([]);
  });
});
