// A customer can only ever see and change their own account. Customer B calls every procedure
// under `account.` with customer A's ids (or, for procedures that take none, is shown to see only
// their own data); each must answer NOT_FOUND or B's own data, and A's rows must be exactly as they
// were. The table is checked against the router itself: a new account procedure fails this test
// until it has a row here.
import { publicSessionId, startSession } from "@comptoir/auth";
import { createCustomerOrder, createSavedAddress } from "@comptoir/core/testing";
import type { Db } from "@comptoir/db";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { domainCodeOf, fieldErrorsFromError } from "../../errors";
import { appRouter } from "../../root";
import { callByPath, outsiders, refusal, storefrontCustomer } from "./account-test-kit";

type Customer = Awaited<ReturnType<typeof storefrontCustomer>>;

interface Victim {
  customer: Customer;
  password: string;
  addressId: string;
  orderNumber: number;
  /** A's sessions: the one its caller uses and one on another device. */
  sessionIds: string[];
}

interface Intruder {
  customer: Customer;
  addressIds: string[];
  orderNumbers: number[];
}

type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; code: string; domain: string | null; fields: Record<string, string[]> | null };

interface Row {
  /** The input B sends, built from A's ids and secrets. */
  input?: (a: Victim) => unknown;
  /** What B must get. */
  expect: (outcome: Outcome, a: Victim, b: Intruder) => void;
}

const ADDRESS = {
  name: "Alex Tremblay",
  line1: "500 rue Sherbrooke",
  postalCode: "H2X 1Y4",
  city: "Montréal",
  country: "CA",
  region: "QC",
};

function notFound(outcome: Outcome) {
  expect(outcome).toMatchObject({ ok: false, code: "NOT_FOUND" });
}

function refusedWith(code: string, domain: string | null) {
  return (outcome: Outcome) => expect(outcome).toMatchObject({ ok: false, code, domain });
}

/** B's own data, and no trace of A's in it. */
function onlyOwnData(check: (value: unknown, b: Intruder) => void) {
  return (outcome: Outcome, a: Victim, b: Intruder) => {
    if (!outcome.ok) throw new Error(`expected B's own data, got ${outcome.code}`);
    check(outcome.value, b);
    const text = JSON.stringify(outcome.value);
    for (const secret of [
      a.customer.user.id,
      a.customer.user.email,
      a.addressId,
      ...a.sessionIds,
      ...a.sessionIds.map(publicSessionId),
    ]) {
      expect(text).not.toContain(secret);
    }
  };
}

const ids = (value: unknown) => (value as { id: string }[]).map((row) => row.id);

const TABLE: Record<string, Row> = {
  "account.profile.get": {
    expect: onlyOwnData((value, b) => expect(value).toMatchObject({ id: b.customer.user.id })),
  },
  "account.profile.update": {
    input: () => ({ name: "Intrus", locale: "en" }),
    expect: onlyOwnData((value, b) =>
      expect(value).toMatchObject({ id: b.customer.user.id, name: "Intrus" }),
    ),
  },
  "account.addresses.list": {
    expect: onlyOwnData((value, b) => expect(ids(value).sort()).toEqual([...b.addressIds].sort())),
  },
  "account.addresses.create": {
    input: () => ADDRESS,
    expect: onlyOwnData((value, b) => b.addressIds.push((value as { id: string }).id)),
  },
  "account.addresses.update": {
    input: (a) => ({ id: a.addressId, ...ADDRESS }),
    expect: notFound,
  },
  "account.addresses.delete": { input: (a) => ({ id: a.addressId }), expect: notFound },
  "account.addresses.setDefault": {
    input: (a) => ({ id: a.addressId, kind: "shipping" }),
    expect: notFound,
  },
  "account.orders.list": {
    input: () => ({ page: 1 }),
    expect: onlyOwnData((value, b) =>
      expect((value as { items: { number: number }[] }).items.map((order) => order.number)).toEqual(
        b.orderNumbers,
      ),
    ),
  },
  "account.orders.get": { input: (a) => ({ number: a.orderNumber }), expect: notFound },
  "account.privacy.export": {
    expect: onlyOwnData((value, b) => {
      const data = value as { profile: { id: string }; orders: { number: number }[]; addresses: unknown };
      expect(data.profile.id).toBe(b.customer.user.id);
      expect(data.orders.map((order) => order.number)).toEqual(b.orderNumbers);
      expect(ids(data.addresses).sort()).toEqual([...b.addressIds].sort());
    }),
  },
  // Takes no id: with A's address and password, B's own account is not even touched.
  "account.privacy.deleteAccount": {
    input: (a) => ({ password: a.password, confirmEmail: a.customer.user.email }),
    expect: (outcome) =>
      expect(outcome).toMatchObject({
        ok: false,
        code: "BAD_REQUEST",
        fields: { confirmEmail: expect.any(Array) },
      }),
  },
  "account.security.sessions": {
    expect: onlyOwnData((value, b) => expect(ids(value)).toEqual([publicSessionId(b.customer.sessionId)])),
  },
  "account.security.revokeSession": {
    input: (a) => ({ id: publicSessionId(a.sessionIds[1] ?? "") }),
    expect: notFound,
  },
  // A's password is not B's: nothing changes, for either of them.
  "account.security.changePassword": {
    input: (a) => ({ currentPassword: a.password, newPassword: "an entirely new passphrase 2026" }),
    expect: refusedWith("BAD_REQUEST", "PASSWORD_INCORRECT"),
  },
  "account.security.requestEmailChange": {
    input: (a) => ({ newEmail: "taken-over@example.test", currentPassword: a.password }),
    expect: refusedWith("BAD_REQUEST", "PASSWORD_INCORRECT"),
  },
};

const ACCOUNT_PROCEDURES = Object.keys(appRouter._def.procedures)
  .filter((path) => path.startsWith("account."))
  .sort();

async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false, code: error.code, domain: domainCodeOf(error), fields: fieldErrorsFromError(error) };
  }
}

/** Every row of A's account, as stored: compared before and after B's attempts. */
async function rowsOf(db: Db, userId: string) {
  return {
    user: await db.user.findUnique({ where: { id: userId } }),
    addresses: await db.address.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    orders: await db.order.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      include: { items: { orderBy: { id: "asc" } }, events: { orderBy: { id: "asc" } } },
    }),
    sessions: await db.session.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    authTokens: await db.authToken.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    cart: await db.cart.findUnique({ where: { userId }, include: { items: true } }),
  };
}

describe("account isolation", () => {
  const database = useTestDatabase("api_account_isolation");

  it("has a row for every procedure under account., and no row for a procedure that does not exist", () => {
    expect(Object.keys(TABLE).sort()).toEqual(ACCOUNT_PROCEDURES);
  });

  async function twoCustomers(): Promise<{ a: Victim; b: Intruder }> {
    const password = "victim's own passphrase 1";
    const a = await storefrontCustomer(database.db, { password });
    const b = await storefrontCustomer(database.db, { password: "intruder's own passphrase 2" });
    const aAddress = await createSavedAddress(database.db, a.user.id, {
      isDefaultShipping: true,
      isDefaultBilling: true,
    });
    await createSavedAddress(database.db, a.user.id, { name: "Bureau" });
    const aOrder = await createCustomerOrder(database.db, {
      userId: a.user.id,
      email: a.user.email,
      paid: true,
    });
    await createCustomerOrder(database.db, { userId: a.user.id, email: a.user.email });
    const otherDevice = await startSession(database.db, "storefront", a.user.id);
    const bAddress = await createSavedAddress(database.db, b.user.id, { name: "Chez B" });
    const bOrder = await createCustomerOrder(database.db, {
      userId: b.user.id,
      email: b.user.email,
      paid: true,
    });
    return {
      a: {
        customer: a,
        password,
        addressId: aAddress.id,
        orderNumber: aOrder.number,
        sessionIds: [a.sessionId, otherDevice.sessionId],
      },
      b: { customer: b, addressIds: [bAddress.id], orderNumbers: [bOrder.number] },
    };
  }

  it("answers NOT_FOUND to another customer's ids, shows each customer only their own data, and leaves the other's rows unchanged", async () => {
    const { a, b } = await twoCustomers();
    const before = await rowsOf(database.db, a.customer.user.id);

    for (const [path, row] of Object.entries(TABLE)) {
      // A missing procedure would answer NOT_FOUND too ("no procedure on this path"): refuse that.
      expect(ACCOUNT_PROCEDURES, path).toContain(path);
      const outcome = await outcomeOf(callByPath(b.customer.api, path, row.input?.(a)));
      try {
        row.expect(outcome, a, b);
      } catch (error) {
        throw new Error(`${path}: ${String(error)}`, { cause: error });
      }
    }

    expect(await rowsOf(database.db, a.customer.user.id)).toEqual(before);
    expect(a.customer.emails.sent).toEqual([]);
    expect(b.customer.emails.sent).toEqual([]);
    // B's account is still there, and so is the session B used throughout.
    expect(await b.customer.api.account.profile.get()).toMatchObject({ id: b.customer.user.id });

    // The same ids work for their owner: the answers above were about ownership, not broken calls.
    await expect(a.customer.api.account.orders.get({ number: a.orderNumber })).resolves.toMatchObject({
      number: a.orderNumber,
    });
    await expect(
      a.customer.api.account.addresses.setDefault({ id: a.addressId, kind: "shipping" }),
    ).resolves.toMatchObject({ id: a.addressId });
    await expect(a.customer.api.account.addresses.delete({ id: a.addressId })).resolves.toEqual({ ok: true });
  });

  it("refuses every account procedure without a session (UNAUTHORIZED) and to an admin session (FORBIDDEN)", async () => {
    const { a } = await twoCustomers();
    const { anonymous, admin } = await outsiders(database.db, "OWNER");
    for (const path of ACCOUNT_PROCEDURES) {
      const input = TABLE[path]?.input?.(a);
      expect((await refusal(callByPath(anonymous, path, input))).code, path).toBe("UNAUTHORIZED");
      expect((await refusal(callByPath(admin, path, input))).code, path).toBe("FORBIDDEN");
    }
  });
});
