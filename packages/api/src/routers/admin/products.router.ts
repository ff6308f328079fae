import { auditRequestInfo, changedFields, recordAuditEvent } from "@comptoir/audit";
import { catalog, catalogAdmin, type Tx } from "@comptoir/core";
import { adminProductListInput } from "@comptoir/validators";
import { ZodRealError } from "zod";
import { fieldError, invalidInput } from "../../errors";
import { shopSettings } from "../../shop-settings";
import { requires, router } from "../../trpc";
import {
  adminProductCreateInput,
  adminProductImageAddInput,
  adminProductImportInput,
  adminProductImportStatusInput,
  adminProductImageRemoveInput,
  adminProductImagesUpdateInput,
  adminProductInput,
  adminProductUpdateInput,
} from "./product-editing.input";

interface AuditContext {
  user: { id: string };
  role: Parameters<typeof recordAuditEvent>[1]["actorRole"];
  clientAddress: string | null;
  userAgent: string | null;
}

/** An audit hook writing `action` on the product, with only the fields that changed. */
function productAudit(ctx: AuditContext, action: string) {
  return (tx: Tx, change: { productId: string; before: unknown; after: unknown }) => {
    const asRecord = (value: unknown) => (value === null ? null : (value as Record<string, unknown>));
    const diff =
      change.after && typeof change.after === "object" && !Array.isArray(change.after)
        ? changedFields(asRecord(change.before), change.after as Record<string, unknown>, ["version"])
        : { before: { images: change.before }, after: { images: change.after } };
    return recordAuditEvent(tx, {
      action,
      actorId: ctx.user.id,
      actorRole: ctx.role,
      entityType: "product",
      entityId: change.productId,
      ...diff,
      ...auditRequestInfo(ctx),
    });
  };
}

/** Draft problems found against the catalog (a slug or SKU in use) answer like schema failures. */
function orProblems(saved: catalogAdmin.SavedProduct) {
  if (saved.ok) return saved.product;
  throw invalidInput(
    new ZodRealError(
      saved.problems.map((problem) => ({
        code: "custom" as const,
        path: problem.path,
        message: problem.message,
        input: undefined,
      })),
    ),
  );
}

export const adminProductsRouter = router({
  /** Every product (any status) with stock and price range, searchable by name or SKU. */
  list: requires("catalog.read")
    .input(adminProductListInput)
    .query(({ ctx, input }) => catalog.listProductsForAdmin(ctx.db, input)),

  /** A product as the editor shows it: both languages side by side, variants, images, categories. */
  get: requires("catalog.read")
    .input(adminProductInput)
    .query(({ ctx, input }) => catalogAdmin.getProductForEditing(ctx.db, input.productId)),

  create: requires("catalog.write")
    .input(adminProductCreateInput)
    .mutation(async ({ ctx, input }) =>
      orProblems(
        await catalogAdmin.saveProduct(
          ctx.db,
          { productId: null, version: null, draft: input, currency: shopSettings().currency },
          { audit: productAudit(ctx, "product.created") },
        ),
      ),
    ),

  /** Saves the editor's form; refused (CONFLICT) when someone saved the product since it was shown. */
  update: requires("catalog.write")
    .input(adminProductUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const { productId, version, ...draft } = input;
      return orProblems(
        await catalogAdmin.saveProduct(
          ctx.db,
          { productId, version, draft, currency: shopSettings().currency },
          { audit: productAudit(ctx, "product.updated") },
        ),
      );
    }),

  /** Adds a picture: checked by its content, re-encoded for the web; refusals name the problem. */
  addImage: requires("catalog.write")
    .input(adminProductImageAddInput)
    .mutation(async ({ ctx, input }) => {
      const added = await catalogAdmin.addProductImage(
        ctx.db,
        { productId: input.productId, bytes: Buffer.from(input.base64, "base64"), alt: input.alt },
        { audit: productAudit(ctx, "product.image_added") },
      );
      if (!added.ok) throw fieldError("base64", added.problem);
      return { imageId: added.imageId };
    }),

  /** New descriptions and order of every picture of the product. */
  updateImages: requires("catalog.write")
    .input(adminProductImagesUpdateInput)
    .mutation(async ({ ctx, input }) => {
      await catalogAdmin.updateProductImages(ctx.db, input, {
        audit: productAudit(ctx, "product.images_updated"),
      });
      return { ok: true as const };
    }),

  removeImage: requires("catalog.write")
    .input(adminProductImageRemoveInput)
    .mutation(async ({ ctx, input }) => {
      await catalogAdmin.removeProductImage(ctx.db, input, {
        audit: productAudit(ctx, "product.image_removed"),
      });
      return { ok: true as const };
    }),

  /** Every product and variant as CSV, in the format the import reads. */
  exportCsv: requires("catalog.read").query(({ ctx }) => catalogAdmin.csv.exportProductsCsv(ctx.db)),

  /**
   * Starts a CSV import: the file is kept and a background job checks every row, then writes
   * everything or nothing. Answers at once with the import's id, to follow its progress.
   */
  startImport: requires("catalog.write")
    .input(adminProductImportInput)
    .mutation(async ({ ctx, input }) => {
      const { effects } = await ctx.commerce();
      return catalogAdmin.csv.startCatalogImport(
        ctx.db,
        { ...input, currency: shopSettings().currency, staffId: ctx.user.id },
        {
          jobs: effects.jobs,
          audit: (tx, importId) =>
            recordAuditEvent(tx, {
              action: "catalog.import_started",
              actorId: ctx.user.id,
              actorRole: ctx.role,
              entityType: "catalog_import",
              entityId: importId,
              metadata: { fileName: input.fileName, characters: input.content.length },
              ...auditRequestInfo(ctx),
            }),
        },
      );
    }),

  /** An import's progress, and once checked, its report. */
  import: requires("catalog.read")
    .input(adminProductImportStatusInput)
    .query(({ ctx, input }) => catalogAdmin.csv.getCatalogImport(ctx.db, input.importId)),

  /** The latest imports. */
  imports: requires("catalog.read").query(({ ctx }) => catalogAdmin.csv.listCatalogImports(ctx.db)),
});
