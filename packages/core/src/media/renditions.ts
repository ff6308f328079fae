// Smaller copies of a stored picture. A product card is about 280 CSS pixels wide and a cart line
// 96: sending them the 1600-pixel original would cost shoppers ten times the bytes. The browser
// picks among the copies with `srcset`, so each screen downloads the smallest that stays sharp.
import { createHash } from "node:crypto";

/** Widths made when the picture is wider: cart lines (2x), cards (1x, 2x), product page (1x). */
export const RENDITION_WIDTHS = [200, 400, 800] as const;

const WEBP_QUALITY = 80;

/** Encoded image bytes with what the database and the `<img>` tag need to know of them. */
export interface EncodedMedia {
  data: Uint8Array<ArrayBuffer>;
  /** SHA-256 of `data`, lower-case hex: the file's public name. */
  checksum: string;
  mimeType: "image/webp";
  width: number;
  height: number;
  byteSize: number;
}

/** What is stored for one picture: the picture itself and its smaller copies, narrowest first. */
export interface EncodedMediaSet extends EncodedMedia {
  renditions: EncodedMedia[];
}

export function describeEncoded(buffer: Buffer, width: number, height: number): EncodedMedia {
  const data = new Uint8Array(buffer.byteLength);
  data.set(buffer);
  return {
    data,
    checksum: createHash("sha256").update(data).digest("hex"),
    mimeType: "image/webp",
    width,
    height,
    byteSize: data.byteLength,
  };
}

/**
 * Downscales an already web-ready picture (upright, without metadata) to every rendition width
 * below its own. A picture narrower than the smallest width gets no copy: it is small enough.
 */
export async function encodeRenditions(
  picture: Pick<EncodedMedia, "data" | "width">,
): Promise<EncodedMedia[]> {
  // Loaded on first use: the storefront imports core but never encodes a picture.
  const { default: sharp } = await import("sharp");
  const widths = RENDITION_WIDTHS.filter((width) => width < picture.width);
  return Promise.all(
    widths.map(async (width) => {
      const { data, info } = await sharp(picture.data)
        .resize({ width })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer({ resolveWithObject: true });
      return describeEncoded(data, info.width, info.height);
    }),
  );
}

/** The picture and its copies, ready to store. */
export async function withRenditions(picture: EncodedMedia): Promise<EncodedMediaSet> {
  return { ...picture, renditions: await encodeRenditions(picture) };
}
