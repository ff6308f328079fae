import { createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, loggedInCaller, staffCaller } from "../../testing/callers";

describe("admin.products.list", () => {
  const database = useTestDatabase("api_admin_products");
  const input = { locale: "fr" as const, page: 1, pageSize: 10 };

  async function codeOf(promise: Promise<unknown>) {
    const error = await promise.catch((caught: unknown) => caught);
    return error instanceof TRPCError ? error.code : "no error";
  }

  it("is refused without a session, to customers, and to staff holding a storefront session", async () => {
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const staff = await createTestUser(database.db, { role: "OWNER" });
    expect(await codeOf((await callerFor(database.db, "admin")).api.admin.products.list(input))).toBe(
      "UNAUTHORIZED",
    );
    // An admin session of a customer is not a session at all (only staff may hold one).
    expect(
      await codeOf((await loggedInCaller(database.db, "admin", customer.id)).api.admin.products.list(input)),
    ).toBe("UNAUTHORIZED");
    expect(
      await codeOf(
        (await loggedInCaller(database.db, "storefront", staff.id)).api.admin.products.list(input),
      ),
    ).toBe("FORBIDDEN");
  });

  it("lists products for every staff role", async () => {
    await createTestProduct(database.db, { status: "DRAFT" });
    for (const role of ["SUPPORT", "MANAGER", "ADMIN", "OWNER"] as const) {
      const page = await (await staffCaller(database.db, role)).api.admin.products.list(input);
      expect(page.total, role).toBe(1);
    }
  });

  it("bounds the page size", async () => {
    const { api } = await staffCaller(database.db, "SUPPORT");
    expect(await codeOf(api.admin.products.list({ ...input, pageSize: 101 }))).toBe("BAD_REQUEST");
  });
});
