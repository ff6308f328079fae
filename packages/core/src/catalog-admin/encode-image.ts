// Product photos uploaded by staff. What a file is comes from its bytes, never from its name or
// the browser's word: sharp reads the header and decodes it, and only the formats below pass. The
// picture is then re-encoded (EXIF orientation applied, every metadata block — GPS position,
// camera serial — dropped) as a WebP no larger than the storefront ever shows, with smaller copies
// for product cards and cart lines.
import { describeEncoded, withRenditions, type EncodedMediaSet } from "../media/renditions";

export const IMAGE_UPLOAD_LIMITS = {
  /** Bytes of the uploaded file. */
  maxBytes: 10 * 1024 * 1024,
  /** Decoded pixels: a few kilobytes of PNG can claim gigapixels (a "decompression bomb"). */
  maxPixels: 50_000_000,
  /** Smaller pictures look blurred on a product page. */
  minSide: 200,
  /** The largest side stored: the product page's zoom on a high-density screen. */
  maxSide: 1600,
} as const;

/** Formats read from the file's content. SVG is refused: it can carry scripts. */
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif", "gif"]);

const WEBP_QUALITY = 80;

export type ImageProblem =
  "validation.image_too_large" | "validation.image_unsupported" | "validation.image_too_small";

export type EncodeResult = { ok: true; image: EncodedMediaSet } | { ok: false; problem: ImageProblem };

export async function encodeProductImage(bytes: Uint8Array): Promise<EncodeResult> {
  if (bytes.byteLength > IMAGE_UPLOAD_LIMITS.maxBytes)
    return { ok: false, problem: "validation.image_too_large" };
  // Loaded on first use: the storefront imports core but never encodes a picture.
  const { default: sharp } = await import("sharp");
  const input = () => sharp(bytes, { limitInputPixels: IMAGE_UPLOAD_LIMITS.maxPixels, failOn: "error" });
  let format: string | undefined;
  let width = 0;
  let height = 0;
  try {
    ({ format, width = 0, height = 0 } = await input().metadata());
  } catch {
    return { ok: false, problem: "validation.image_unsupported" };
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) return { ok: false, problem: "validation.image_unsupported" };
  if (Math.min(width, height) < IMAGE_UPLOAD_LIMITS.minSide)
    return { ok: false, problem: "validation.image_too_small" };
  let encoded: { data: Buffer; info: { width: number; height: number } };
  try {
    encoded = await input()
      .rotate()
      .resize({
        width: IMAGE_UPLOAD_LIMITS.maxSide,
        height: IMAGE_UPLOAD_LIMITS.maxSide,
        fit: "inside",
        withoutEnlargement: true,
      })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
  } catch {
    // A header that parses over a body that does not (a truncated or forged file).
    return { ok: false, problem: "validation.image_unsupported" };
  }
  const picture = describeEncoded(encoded.data, encoded.info.width, encoded.info.height);
  return { ok: true, image: await withRenditions(picture) };
}
