import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeProductImage, IMAGE_UPLOAD_LIMITS } from "./encode-image";

const picture = (width: number, height: number, format: "png" | "jpeg" | "webp" | "gif" = "png") =>
  sharp({ create: { width, height, channels: 3, background: "#c0a080" } })
    .toFormat(format)
    .toBuffer();

describe("encodeProductImage", () => {
  it("re-encodes a large photo as a WebP no larger than the storefront shows, keeping its shape", async () => {
    const result = await encodeProductImage(await picture(3200, 2400, "jpeg"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image).toMatchObject({ mimeType: "image/webp", width: 1600, height: 1200 });
    const stored = await sharp(result.image.data).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 1600, height: 1200 });
    expect(result.image.checksum).toMatch(/^[a-f0-9]{64}$/);
  });

  it("makes smaller copies for cards and cart lines, each its own WebP, never wider than the picture", async () => {
    const result = await encodeProductImage(await picture(3200, 2400, "jpeg"));
    if (!result.ok) throw new Error(result.problem);
    expect(result.image.renditions.map(({ width, height }) => [width, height])).toEqual([
      [200, 150],
      [400, 300],
      [800, 600],
    ]);
    for (const rendition of result.image.renditions) {
      expect(await sharp(rendition.data).metadata()).toMatchObject({
        format: "webp",
        width: rendition.width,
      });
      expect(rendition.byteSize).toBeLessThan(result.image.byteSize);
      expect(rendition.checksum).not.toBe(result.image.checksum);
    }
    const narrow = await encodeProductImage(await picture(500, 500));
    expect(narrow.ok && narrow.image.renditions.map((rendition) => rendition.width)).toEqual([200, 400]);
  });

  it("never enlarges, and accepts every common photo format by its content", async () => {
    for (const format of ["png", "jpeg", "webp", "gif"] as const) {
      const result = await encodeProductImage(await picture(640, 480, format));
      expect(result.ok && [result.image.width, result.image.height], format).toEqual([640, 480]);
    }
  });

  it("turns a photo as its camera's orientation says and drops its metadata (GPS, camera)", async () => {
    const rotated = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#336699" } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Make: "Camera maker", Model: "Secret model" } } })
      .toBuffer();
    const result = await encodeProductImage(rotated);
    if (!result.ok) throw new Error(result.problem);
    expect([result.image.width, result.image.height]).toEqual([300, 400]);
    const stored = await sharp(result.image.data).metadata();
    expect(stored.exif).toBeUndefined();
    expect(Buffer.from(result.image.data).includes("Secret model")).toBe(false);
  });

  it("refuses what is not a picture whatever its name says, SVG, tiny and oversized files", async () => {
    const refusal = async (bytes: Uint8Array) => {
      const result = await encodeProductImage(bytes);
      return result.ok ? "accepted" : result.problem;
    };
    expect(await refusal(Buffer.from("just text pretending to be photo.png"))).toBe(
      "validation.image_unsupported",
    );
    expect(
      await refusal(
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><script>alert(1)</script></svg>',
        ),
      ),
    ).toBe("validation.image_unsupported");
    expect(await refusal(Buffer.from("%PDF-1.7\n1 0 obj"))).toBe("validation.image_unsupported");
    expect(await refusal(await picture(120, 900))).toBe("validation.image_too_small");
    expect(await refusal(new Uint8Array(IMAGE_UPLOAD_LIMITS.maxBytes + 1))).toBe(
      "validation.image_too_large",
    );
    const truncated = (await picture(800, 800, "jpeg")).subarray(0, 300);
    expect(await refusal(truncated)).toBe("validation.image_unsupported");
  });

  it("refuses a picture whose pixel count would exhaust memory once decoded", async () => {
    // A flat 8000×8000 PNG is a few kilobytes on disk and 64 million pixels decoded.
    const bomb = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    expect(bomb.byteLength).toBeLessThan(IMAGE_UPLOAD_LIMITS.maxBytes);
    const result = await encodeProductImage(bomb);
    expect(result.ok ? "accepted" : result.problem).toBe("validation.image_unsupported");
  });
});
