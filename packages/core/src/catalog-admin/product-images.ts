// A product's pictures: added one upload at a time, described in each language, ordered, removed.
// The bytes live in MediaAsset rows named by their checksum, shared by every product that uses
// the same picture and deleted with the last image that points at them.
import type { Db } from "@comptoir/db";
import { LOCALES } from "@comptoir/validators";
import { DomainError } from "../errors";
import { storeMedia } from "../media/store-media";
import type { Tx } from "../transaction";
import { encodeProductImage, type ImageProblem } from "./encode-image";
import type { Localized } from "./product-draft";

/** More pictures than this make a slow page and no better product. */
export const MAX_IMAGES_PER_PRODUCT = 20;

export interface ImageChange {
  productId: string;
  before: unknown;
  after: unknown;
}

export interface ProductImageDeps {
  /** Writes the audit entry in the change's own transaction. */
  audit?: (tx: Tx, change: ImageChange) => Promise<void>;
}

/** Empty descriptions are not stored: the storefront then describes the picture by the product's name. */
const altRows = (alt: Localized<string>) =>
  LOCALES.filter((locale) => alt[locale].trim() !== "").map((locale) => ({
    locale,
    alt: alt[locale].trim(),
  }));

async function lockProduct(tx: Tx, productId: string) {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Product" WHERE id = ${productId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND", `product ${productId}`);
}

export async function addProductImage(
  db: Db,
  request: { productId: string; bytes: Uint8Array; alt: Localized<string> },
  deps: ProductImageDeps = {},
): Promise<{ ok: true; imageId: string } | { ok: false; problem: ImageProblem | "validation.image_limit" }> {
  // Decoding and encoding take a while: done before the transaction, which then only writes.
  const encoded = await encodeProductImage(request.bytes);
  if (!encoded.ok) return encoded;
  const { image } = encoded;
  return db.$transaction(async (tx) => {
    await lockProduct(tx, request.productId);
    const count = await tx.productImage.count({ where: { productId: request.productId } });
    if (count >= MAX_IMAGES_PER_PRODUCT)
      return { ok: false as const, problem: "validation.image_limit" as const };
    // Two uploads of the same picture at once: the second finds the first's row.
    const media = await storeMedia(tx, image);
    const created = await tx.productImage.create({
      data: {
        productId: request.productId,
        mediaId: media.id,
        position: count,
        translations: { create: altRows(request.alt) },
      },
      select: { id: true },
    });
    await deps.audit?.(tx, {
      productId: request.productId,
      before: null,
      after: { imageId: created.id, checksum: image.checksum, width: image.width, height: image.height },
    });
    return { ok: true as const, imageId: created.id };
  });
}

/** New descriptions and order: `images` lists every picture of the product, first one first. */
export async function updateProductImages(
  db: Db,
  request: { productId: string; images: { id: string; alt: Localized<string> }[] },
  deps: ProductImageDeps = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockProduct(tx, request.productId);
    const current = await tx.productImage.findMany({
      where: { productId: request.productId },
      orderBy: { position: "asc" },
      select: { id: true, translations: { select: { locale: true, alt: true } } },
    });
    const listed = new Set(request.images.map((image) => image.id));
    // A picture added or removed by someone else since the form was shown: reload, do not guess.
    if (
      listed.size !== request.images.length ||
      current.length !== listed.size ||
      current.some((row) => !listed.has(row.id))
    ) {
      throw new DomainError("CONFLICT", `the pictures of product ${request.productId} changed`);
    }
    for (const [position, image] of request.images.entries()) {
      await tx.productImage.update({ where: { id: image.id }, data: { position } });
      await tx.productImageTranslation.deleteMany({ where: { imageId: image.id } });
      await tx.productImageTranslation.createMany({
        data: altRows(image.alt).map((row) => ({ imageId: image.id, ...row })),
      });
    }
    await deps.audit?.(tx, {
      productId: request.productId,
      before: current.map((row) => ({ id: row.id, alt: row.translations })),
      after: request.images,
    });
  });
}

export async function removeProductImage(
  db: Db,
  request: { productId: string; imageId: string },
  deps: ProductImageDeps = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockProduct(tx, request.productId);
    const image = await tx.productImage.findFirst({
      where: { id: request.imageId, productId: request.productId },
      select: { id: true, mediaId: true, media: { select: { checksum: true } } },
    });
    if (!image) throw new DomainError("NOT_FOUND", `image ${request.imageId}`);
    await tx.productImage.delete({ where: { id: image.id } });
    const remaining = await tx.productImage.findMany({
      where: { productId: request.productId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    for (const [position, row] of remaining.entries()) {
      await tx.productImage.update({ where: { id: row.id }, data: { position } });
    }
    if ((await tx.productImage.count({ where: { mediaId: image.mediaId } })) === 0) {
      await tx.mediaAsset.delete({ where: { id: image.mediaId } });
    }
    await deps.audit?.(tx, {
      productId: request.productId,
      before: { imageId: image.id, checksum: image.media.checksum },
      after: null,
    });
  });
}
