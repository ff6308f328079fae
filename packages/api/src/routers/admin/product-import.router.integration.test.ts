// The CSV procedures through the API: the export, starting an import (its job queued with it),
// reading its progress; bad files and unknown imports refused, support staff kept to reading.
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsFromError } from "../../errors";
import { staffCaller } from "../../testing/callers";
import { startCheckoutHarness, type CheckoutHarness } from "../../testing/checkout-harness";

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error("expected a refusal");
  return { code: error.code, fields: fieldErrorsFromError(error) };
}

describe("admin.products CSV import and export", () => {
  const database = useTestDatabase("api_admin_product_import");
  let harness: CheckoutHarness;
  beforeAll(async () => {
    harness = await startCheckoutHarness(database.db, database.url);
  });
  afterAll(async () => {
    await harness?.close();
  });
  const staff = (role: "SUPPORT" | "MANAGER") =>
    staffCaller(database.db, role, { commerce: harness.commerce });

  it("exports the catalog's header and rows, and queues an import with its job, audited", async () => {
    const { api, user } = await staff("MANAGER");
    const csv = await api.admin.products.exportCsv();
    expect(csv.split("\n")[0]).toMatch(/^key,status,featured,categories,name_fr,name_en,/);
    const { importId } = await api.admin.products.startImport({ fileName: "catalogue.csv", content: csv });
    expect(await api.admin.products.import({ importId })).toMatchObject({
      status: "QUEUED",
      fileName: "catalogue.csv",
    });
    expect((await api.admin.products.imports()).map((row) => row.id)).toContain(importId);
    const jobs = await database.db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM pgboss.job WHERE name = 'catalog.import' AND data->>'importId' = ${importId}`;
    expect(Number(jobs[0]!.count)).toBe(1);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: importId } });
    expect(audit).toMatchObject({ action: "catalog.import_started", actorId: user.id });
  });

  it("refuses an empty or oversized file and an unknown import, and keeps support to reading", async () => {
    const { api } = await staff("MANAGER");
    const before = await database.db.catalogImport.count();
    expect((await failure(api.admin.products.startImport({ fileName: "", content: "" }))).fields).toEqual({
      fileName: ["validation.csv_file"],
      content: ["validation.csv_file"],
    });
    const huge = "x".repeat(20 * 1024 * 1024 + 1);
    expect(
      (await failure(api.admin.products.startImport({ fileName: "big.csv", content: huge }))).fields,
    ).toEqual({
      content: ["validation.csv_file"],
    });
    expect((await failure(api.admin.products.import({ importId: "unknown" }))).code).toBe("NOT_FOUND");
    expect((await failure(api.admin.products.import({ importId: "not an id!" }))).code).toBe("BAD_REQUEST");
    expect(await database.db.catalogImport.count()).toBe(before);
    const support = await staff("SUPPORT");
    expect(await support.api.admin.products.exportCsv()).toMatch(/^key,/);
    expect(
      (await failure(support.api.admin.products.startImport({ fileName: "a.csv", content: "key\n" }))).code,
    ).toBe("FORBIDDEN");
  });
});
