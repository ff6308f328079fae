import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../catalog";
import { patternScene, productScene } from "./compose";
import { renderProductImage } from "./index";

describe("product illustrations", () => {
  const products = buildCatalog().products.slice(0, 3);

  it("are the same bytes every time for the same product", async () => {
    const image = products[0]?.images[0];
    if (!image) throw new Error("no image planned");
    const [a, b] = await Promise.all([renderProductImage(image), renderProductImage(image)]);
    expect(a.checksum).toBe(b.checksum);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });

  it("are 800×800 WebP images that differ between products", async () => {
    const rendered = await Promise.all(products.map((product) => renderProductImage(product.images[0]!)));
    expect(new Set(rendered.map((image) => image.checksum)).size).toBe(rendered.length);
    for (const image of rendered) {
      expect(image.checksum).toMatch(/^[a-f0-9]{64}$/);
      expect(await sharp(image.data).metadata()).toMatchObject({ format: "webp", width: 800, height: 800 });
    }
  });

  it("draw no text, since the machine may have no fonts", () => {
    for (const product of buildCatalog().products) {
      const spec = product.images[0]!.illustration;
      expect(productScene(spec)).not.toMatch(/<text|font-family/);
      expect(patternScene(spec)).not.toMatch(/<text|font-family/);
    }
  });
});
