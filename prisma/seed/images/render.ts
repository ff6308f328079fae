import { describeEncoded, withRenditions, type EncodedMediaSet } from "@comptoir/core/media";
import sharp from "sharp";
import { IMAGE_SIZE } from "./compose";

/** A drawn picture with its smaller copies, stored the way staff uploads are. */
export type EncodedImage = EncodedMediaSet;

export const WEBP_QUALITY = 78;

/** Rasterises an SVG into an 800×800 WebP. Deterministic: the same SVG gives the same bytes. */
export async function renderWebp(svg: string): Promise<EncodedImage> {
  const buffer = await sharp(Buffer.from(svg), { density: 72 })
    .resize(IMAGE_SIZE, IMAGE_SIZE)
    .webp({ quality: WEBP_QUALITY, effort: 4 })
    .toBuffer();
  return withRenditions(describeEncoded(buffer, IMAGE_SIZE, IMAGE_SIZE));
}
