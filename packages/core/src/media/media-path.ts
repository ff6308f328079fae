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
