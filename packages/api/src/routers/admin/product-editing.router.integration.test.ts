import { createTestCategory } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { fieldErrorsFromError } from "../../errors";
import { staffCaller } from "../../testing/callers";

const texts = (name: string, slug: string) => ({ name, slug, description: "Un **bon** thé." });

const draft = (slug: string) => ({
  status: "ACTIVE" as const,
  translations: { fr: texts("Thé noir Assam", slug), en: texts("Assam black tea", `${slug}-en`) },
  options: [{ name: { fr: "Format", en: "Size" } }],
  variants: [
    { sku: `${slug}-100`.toUpperCase(), values: [{ fr: "100 g", en: "100 g" }], priceAmount: 850, stock: 12 },
  ],
});

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${JSON.stringify(error)}`);
  return { code: error.code, fields: fieldErrorsFromError(error) };
}

describe("admin.products editing", () => {
  const database = useTestDatabase("api_admin_product_editing");

  it("creates, reads and updates a product, auditing each change with what changed", async () => {
    const { api, user } = await staffCaller(database.db, "MANAGER");
    const category = await createTestCategory(database.db, {
      fr: { name: "Thés noirs", slug: "thes-noirs" },
    });
    const created = await api.admin.products.create({ ...draft("assam"), categoryIds: [category.id] });
    expect(created).toMatchObject({
      status: "ACTIVE",
      categoryIds: [category.id],
      variants: [{ sku: "ASSAM-100", currency: "EUR" }],
    });
    const read = await api.admin.products.get({ productId: created.id });
    expect(read).toEqual(created);

    const updated = await api.admin.products.update({
      ...draft("assam"),
      productId: created.id,
      version: created.version,
      status: "ARCHIVED",
      variants: [{ ...draft("assam").variants[0]!, id: created.variants[0]!.id, stock: 20, stockSeen: 12 }],
    });
    expect(updated.status).toBe("ARCHIVED");
    expect(updated.variants[0]!.stock).toBe(20);
    const entries = await database.db.auditLog.findMany({
      where: { entityId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["product.created", user.id],
      ["product.updated", user.id],
    ]);
    // Only what changed: the status, the categories the update left out, the stock.
    expect(Object.keys(entries[1]!.after as object).sort()).toEqual(["categoryIds", "status", "variants"]);
    expect(entries[1]!.before).toMatchObject({ status: "ACTIVE" });
  });

  it("answers every bad field with its own message and writes nothing", async () => {
    const { api } = await staffCaller(database.db, "MANAGER");
    const before = await database.db.product.count();
    const bad = await failure(
      api.admin.products.create({
        status: "PUBLISHED" as "ACTIVE",
        translations: { fr: texts("", "Pas Un Slug"), en: texts("x".repeat(201), "ok-slug") },
        options: [],
        variants: [{ sku: "bad sku!", values: [], priceAmount: -1, stock: 1.5 }],
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fields).toMatchObject({
      status: ["validation.required"],
      "translations.fr.name": ["validation.required"],
      "translations.fr.slug": ["validation.slug"],
      "translations.en.name": ["validation.too_long"],
      "variants.0.sku": ["validation.sku"],
      "variants.0.priceAmount": ["validation.number"],
      "variants.0.stock": ["validation.number"],
    });
    const taken = await api.admin.products.create(draft("darjeeling"));
    const conflict = await failure(
      api.admin.products.create({
        ...draft("darjeeling"),
        options: [{ name: { fr: "Format", en: "Size" } }],
      }),
    );
    expect(conflict.fields).toMatchObject({
      "translations.fr.slug": ["validation.slug_taken"],
      "translations.en.slug": ["validation.slug_taken"],
      "variants.0.sku": ["validation.sku_taken"],
    });
    expect(await database.db.product.count()).toBe(before + 1);
    const stale = await failure(
      api.admin.products.update({
        ...draft("darjeeling"),
        productId: taken.id,
        version: "2000-01-01T00:00:00.000Z",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await failure(api.admin.products.get({ productId: "nope" }))).code).toBe("NOT_FOUND");
  });

  it("takes a picture by its content, describes, reorders and removes it; refuses anything else", async () => {
    const { api } = await staffCaller(database.db, "ADMIN");
    const product = await api.admin.products.create(draft("oolong"));
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#4a7a50" } })
      .png()
      .toBuffer();
    const { imageId } = await api.admin.products.addImage({
      productId: product.id,
      base64: png.toString("base64"),
      alt: { fr: "Sachet d'oolong", en: "Oolong pouch" },
    });
    const withImage = await api.admin.products.get({ productId: product.id });
    expect(withImage.images).toEqual([
      expect.objectContaining({
        id: imageId,
        width: 900,
        height: 600,
        alt: { fr: "Sachet d'oolong", en: "Oolong pouch" },
      }),
    ]);
    const notAPicture = await failure(
      api.admin.products.addImage({
        productId: product.id,
        base64: Buffer.from("<html>hello</html>").toString("base64"),
      }),
    );
    expect(notAPicture.fields).toEqual({ base64: ["validation.image_unsupported"] });
    expect(
      (await failure(api.admin.products.addImage({ productId: product.id, base64: "not base64 at all!" })))
        .fields,
    ).toEqual({
      base64: ["validation.image_unsupported"],
    });
    await api.admin.products.updateImages({
      productId: product.id,
      images: [{ id: imageId, alt: { fr: "Oolong", en: "" } }],
    });
    expect((await api.admin.products.get({ productId: product.id })).images[0]!.alt).toEqual({
      fr: "Oolong",
      en: "",
    });
    await api.admin.products.removeImage({ productId: product.id, imageId });
    expect((await api.admin.products.get({ productId: product.id })).images).toEqual([]);
    const actions = await database.db.auditLog.findMany({
      where: { entityId: product.id },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action).sort()).toEqual([
      "product.created",
      "product.image_added",
      "product.image_removed",
      "product.images_updated",
    ]);
  });

  it("lets support read a product but not change it", async () => {
    const manager = await staffCaller(database.db, "MANAGER");
    const product = await manager.api.admin.products.create(draft("matcha"));
    const { api } = await staffCaller(database.db, "SUPPORT");
    expect((await api.admin.products.get({ productId: product.id })).id).toBe(product.id);
    expect(
      (
        await failure(
          api.admin.products.update({ ...draft("matcha"), productId: product.id, version: product.version }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});
