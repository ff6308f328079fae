import { useTestDatabase } from "@comptoir/db/testing";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestProduct } from "../testing";
import { getProductForEditing } from "./product-for-editing";
import {
  addProductImage,
  MAX_IMAGES_PER_PRODUCT,
  removeProductImage,
  updateProductImages,
} from "./product-images";

const photo = (background: string) =>
  sharp({ create: { width: 400, height: 400, channels: 3, background } })
    .jpeg()
    .toBuffer();

describe("product images", () => {
  const database = useTestDatabase("catalog_admin_images");
  const noAlt = { fr: "", en: "" };

  it("adds pictures in order with their descriptions, shares identical bytes, and audits each", async () => {
    const first = await createTestProduct(database.db, {});
    const second = await createTestProduct(database.db, {});
    const audits: unknown[] = [];
    const audit = async (_tx: unknown, change: unknown) => void audits.push(change);
    const red = await photo("#aa0000");
    await addProductImage(
      database.db,
      { productId: first.id, bytes: red, alt: { fr: "Boîte rouge", en: "Red tin" } },
      { audit },
    );
    await addProductImage(
      database.db,
      { productId: first.id, bytes: await photo("#00aa00"), alt: noAlt },
      { audit },
    );
    // Two products upload the same picture at the same time: one stored file.
    await Promise.all([
      addProductImage(database.db, { productId: second.id, bytes: red, alt: noAlt }),
      addProductImage(database.db, { productId: second.id, bytes: red, alt: noAlt }),
    ]);
    const product = await getProductForEditing(database.db, first.id);
    expect(product.images.map((image) => image.alt)).toEqual([{ fr: "Boîte rouge", en: "Red tin" }, noAlt]);
    expect(product.images[0]!.url).toMatch(/^\/media\/[a-f0-9]{64}\.webp$/);
    const media = await database.db.mediaAsset.findMany({
      where: { images: { some: { productId: { in: [first.id, second.id] } } } },
    });
    expect(media).toHaveLength(2);
    // Each stored file has its one smaller copy (the 400-pixel photos get a 200-pixel one), once.
    const copies = await database.db.mediaRendition.findMany({
      where: { mediaId: { in: media.map((m) => m.id) } },
    });
    expect(copies.map((copy) => copy.width)).toEqual([200, 200]);
    expect(audits).toHaveLength(2);
  });

  it("reorders and describes every picture at once, refusing a list that is not the product's", async () => {
    const { id } = await createTestProduct(database.db, {});
    for (const color of ["#111111", "#222222"]) {
      await addProductImage(database.db, { productId: id, bytes: await photo(color), alt: noAlt });
    }
    const [a, b] = (await getProductForEditing(database.db, id)).images;
    await updateProductImages(database.db, {
      productId: id,
      images: [
        { id: b!.id, alt: { fr: "Dos", en: "Back" } },
        { id: a!.id, alt: { fr: "Face", en: "" } },
      ],
    });
    const images = (await getProductForEditing(database.db, id)).images;
    expect(images.map((image) => [image.id, image.alt])).toEqual([
      [b!.id, { fr: "Dos", en: "Back" }],
      [a!.id, { fr: "Face", en: "" }],
    ]);
    const stale = await updateProductImages(database.db, {
      productId: id,
      images: [{ id: a!.id, alt: noAlt }],
    }).catch((error: unknown) => error);
    expect(isDomainError(stale, "CONFLICT")).toBe(true);
  });

  it("removes a picture, and its file only when no other product shows it", async () => {
    const first = await createTestProduct(database.db, {});
    const second = await createTestProduct(database.db, {});
    const bytes = await photo("#123456");
    for (const productId of [first.id, second.id])
      await addProductImage(database.db, { productId, bytes, alt: noAlt });
    const [firstImage] = (await getProductForEditing(database.db, first.id)).images;
    const [secondImage] = (await getProductForEditing(database.db, second.id)).images;
    const checksum = firstImage!.url.slice("/media/".length, -".webp".length);
    const copy = await database.db.mediaRendition.findFirstOrThrow({ where: { media: { checksum } } });
    await removeProductImage(database.db, { productId: first.id, imageId: firstImage!.id });
    expect(await database.db.mediaAsset.count({ where: { checksum } })).toBe(1);
    await removeProductImage(database.db, { productId: second.id, imageId: secondImage!.id });
    expect(await database.db.mediaAsset.count({ where: { checksum } })).toBe(0);
    // The smaller copies go with their picture.
    expect(await database.db.mediaRendition.count({ where: { id: copy.id } })).toBe(0);
    const missing = await removeProductImage(database.db, {
      productId: second.id,
      imageId: secondImage!.id,
    }).catch((error: unknown) => error);
    expect(isDomainError(missing, "NOT_FOUND")).toBe(true);
  });

  it("refuses a picture that is not one, and more pictures than a product may have, storing nothing", async () => {
    const { id } = await createTestProduct(database.db, {});
    const before = await database.db.mediaAsset.count();
    expect(
      await addProductImage(database.db, { productId: id, bytes: Buffer.from("not a picture"), alt: noAlt }),
    ).toEqual({
      ok: false,
      problem: "validation.image_unsupported",
    });
    expect(await database.db.mediaAsset.count()).toBe(before);
    for (let n = 0; n < MAX_IMAGES_PER_PRODUCT; n++) {
      const color = `#${(n * 10 + 5).toString(16).padStart(2, "0")}3040`;
      expect(
        (await addProductImage(database.db, { productId: id, bytes: await photo(color), alt: noAlt })).ok,
      ).toBe(true);
    }
    expect(
      await addProductImage(database.db, { productId: id, bytes: await photo("#fefefe"), alt: noAlt }),
    ).toEqual({
      ok: false,
      problem: "validation.image_limit",
    });
  });
});
