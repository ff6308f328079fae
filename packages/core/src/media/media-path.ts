const EXTENSIONS: Record<string, string> = {
  "image/webp": "webp",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/avif": "avif",
};

/**
 * The public path of a stored image. It carries the SHA-256 of the bytes, so the content behind a
 * path never changes and the apps can serve it with an immutable cache header.
 */
export function mediaPath(checksum: string, mimeType: string): string {
  return `/media/${checksum}.${EXTENSIONS[mimeType] ?? "bin"}`;
}

/** A stored file as the catalog queries select it: enough to name it and describe its width. */
export interface MediaFileRef {
  checksum: string;
  mimeType: string;
  width: number;
}

/**
 * The `srcset` of a picture: its smaller copies and itself, each with its width, so the browser
 * downloads the smallest file that is sharp at the size and density it displays.
 */
export function mediaSrcSet(original: MediaFileRef, renditions: readonly MediaFileRef[]): string {
  return [...renditions.filter((copy) => copy.width < original.width), original]
    .sort((a, b) => a.width - b.width)
    .map((file) => `${mediaPath(file.checksum, file.mimeType)} ${file.width}w`)
    .join(", ");
}

/** Twice the 96 CSS pixels of a thumbnail (cart lines, the editor's picture list): sharp on any screen. */
export const THUMBNAIL_WIDTH = 192;

/** The narrowest file at least `minWidth` wide (or the picture itself): for thumbnails. */
export function smallestMediaPath(
  original: MediaFileRef,
  renditions: readonly MediaFileRef[],
  minWidth: number,
): string {
  const fit = [...renditions, original]
    .filter((file) => file.width >= minWidth)
    .sort((a, b) => a.width - b.width)[0];
  const file = fit ?? original;
  return mediaPath(file.checksum, file.mimeType);
}
