/** Brotli's settings for everything the app servers compress. */
export const BROTLI_PARAMS: Readonly<Record<number, number>>;

/** Below this size (bytes) nothing is compressed. */
export const COMPRESSION_THRESHOLD: number;

/**
 * The document compressed in the best encoding the request accepts, synchronously; `encoding` is
 * null when it goes as it is. The response must say `Vary: Accept-Encoding` either way.
 */
export function compressDocument(
  acceptEncoding: string | null | undefined,
  body: Buffer<ArrayBuffer>,
): { body: Buffer<ArrayBuffer>; encoding: "br" | "gzip" | null };
