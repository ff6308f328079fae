// Every procedure of the admin router, called by every staff role, by a customer and by nobody,
// must be refused or let through exactly as the table below says. The table is written by hand (it
// is the specification); the list of procedures is read from the router, so a new procedure without
// a row here fails this test.
import type { StaffRole } from "@comptoir/auth";
import { createTestUser } from "@comptoir/auth/testing";
import { DomainError } from "@comptoir/core";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, loggedInCaller, staffCaller } from "../../testing/callers";
import { createContext } from "../../context";
import { createCallerFactory, router, staffProcedure } from "../../trpc";
import { adminRouter } from "./index";

const ALL_STAFF: StaffRole[] = ["SUPPORT", "MANAGER", "ADMIN", "OWNER"];
const MANAGERS: StaffRole[] = ["MANAGER", "ADMIN", "OWNER"];
const ADMINS: StaffRole[] = ["ADMIN", "OWNER"];

/** Who may call each admin procedure. */
const EXPECTED: Record<string, StaffRole[]> = {
  "audit.list": ADMINS,
  "categories.list": ALL_STAFF,
  "categories.create": MANAGERS,
  "categories.update": MANAGERS,
  "categories.move": MANAGERS,
  "categories.reorder": MANAGERS,
  "categories.delete": MANAGERS,
  "customers.list": ALL_STAFF,
  "customers.get": ALL_STAFF,
  "customers.resendVerification": ALL_STAFF,
  "dashboard.get": ALL_STAFF,
  "orders.list": ALL_STAFF,
  "orders.get": ALL_STAFF,
  "orders.addNote": ALL_STAFF,
  "orders.refund": MANAGERS,
  "orders.fulfil": MANAGERS,
  "orders.markDelivered": MANAGERS,
  "orders.cancel": MANAGERS,
  "products.list": ALL_STAFF,
  "products.get": ALL_STAFF,
  "products.create": MANAGERS,
  "products.update": MANAGERS,
  "products.addImage": MANAGERS,
  "products.updateImages": MANAGERS,
  "products.removeImage": MANAGERS,
  "products.exportCsv": ALL_STAFF,
  "products.startImport": MANAGERS,
  "products.import": ALL_STAFF,
  "products.imports": ALL_STAFF,
  "settings.get": ADMINS,
  "settings.update": ADMINS,
  "staff.list": ADMINS,
  "staff.changeRole": ADMINS,
  "staff.deactivate": ADMINS,
  "staff.invite": ADMINS,
  "staff.invitations": ADMINS,
  "staff.revokeInvitation": ADMINS,
};

type Call = (input: unknown) => Promise<unknown>;

function procedureAt(api: unknown, path: string): Call {
  const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api);
  if (typeof call !== "function") throw new Error(`no procedure at admin.${path}`);
  return call as Call;
}

/** "refused" when access control turned the call away; otherwise what happened is beside the point. */
async function accessOf(call: Promise<unknown>): Promise<"refused" | "allowed"> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return "refused";
  // Access control refuses with FORBIDDEN (no permission) or TWO_FACTOR_REQUIRED (login not
  // complete); a domain refusal (a role the actor may not hand out, re-authentication needed)
  // comes after access was granted.
  const accessMessages = ["FORBIDDEN", "TWO_FACTOR_REQUIRED"];
  if (
    error instanceof TRPCError &&
    error.code === "FORBIDDEN" &&
    !(error.cause instanceof DomainError) &&
    accessMessages.includes(error.message)
  ) {
    return "refused";
  }
  return "allowed";
}

describe("the admin permission matrix", () => {
  const database = useTestDatabase("api_admin_permission_matrix");
  const paths = Object.keys(adminRouter._def.procedures).sort();

  it("has a row for every admin procedure, and no row for a procedure that does not exist", () => {
    expect(paths).toEqual(Object.keys(EXPECTED).sort());
  });

  it("lets every staff role through exactly the procedures its row names", async () => {
    for (const role of ALL_STAFF) {
      // Fresh proof of identity: re-authentication must not hide an access decision.
      const { api } = await staffCaller(database.db, role, { reauthenticatedAt: new Date() });
      for (const path of paths) {
        const expected = EXPECTED[path]!.includes(role) ? "allowed" : "refused";
        // No input: a caller who is let through gets BAD_REQUEST (or the answer), never a change.
        expect(await accessOf(procedureAt(api.admin, path)(undefined)), `${role} -> admin.${path}`).toBe(
          expected,
        );
      }
    }
  });

  it("refuses every admin procedure to anonymous visitors, customers, storefront sessions and unfinished logins", async () => {
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const owner = await createTestUser(database.db, { role: "OWNER" });
    const manager = await staffCaller(database.db, "MANAGER", { twoFactor: true });
    // The same manager's second session, past the password only.
    const pendingCode = await loggedInCaller(database.db, "admin", manager.user.id);
    const callers = {
      anonymous: await callerFor(database.db, "admin"),
      customer: await loggedInCaller(database.db, "admin", customer.id),
      "customer (storefront)": await loggedInCaller(database.db, "storefront", customer.id),
      "owner (storefront)": await loggedInCaller(database.db, "storefront", owner.id),
      // An owner without two-factor must enrol before anything else.
      "owner (not enrolled)": await loggedInCaller(database.db, "admin", owner.id),
      "manager (code not given)": pendingCode,
    };
    for (const [who, { api }] of Object.entries(callers)) {
      for (const path of paths) {
        expect(await accessOf(procedureAt(api.admin, path)(undefined)), `${who} -> admin.${path}`).toBe(
          "refused",
        );
      }
    }
  });

  it("refuses a staff procedure that declares no permission, even to an owner", async () => {
    const undeclared = router({ anything: staffProcedure.query(() => "should never answer") });
    const owner = await staffCaller(database.db, "OWNER");
    const ctx = await createContext({
      db: database.db,
      audience: "admin",
      headers: new Headers({ cookie: owner.cookie }),
      resHeaders: new Headers(),
    });
    expect(await accessOf(createCallerFactory(undeclared)(ctx).anything())).toBe("refused");
  });
});
