import { createHash } from "node:crypto";
import sharp from "sharp";
import { IMAGE_SIZE } from "./compose";

export interface EncodedImage {
  data: Uint8Array<ArrayBuffer>;
  /** SHA-256 of `data`, lower-case hex. */
  checksum: string;
  mimeType: "image/webp";
  width: number;
  height: number;
  byteSize: number;
}

export const WEBP_QUALITY = 78;

/** Rasterises an SVG into an 800×800 WebP. Deterministic: the same SVG gives the same bytes. */
export async function renderWebp(svg: string): Promise<EncodedImage> {
  const buffer = await sharp(Buffer.from(svg), { density: 72 })
    .resize(IMAGE_SIZE, IMAGE_SIZE)
    .webp({ quality: WEBP_QUALITY, effort: 4 })
    .toBuffer();
  const data = new Uint8Array(buffer.byteLength);
  data.set(buffer);
  return {
    data,
    checksum: createHash("sha256").update(data).digest("hex"),
    mimeType: "image/webp",
    width: IMAGE_SIZE,
    height: IMAGE_SIZE,
    byteSize: data.byteLength,
  };
}
