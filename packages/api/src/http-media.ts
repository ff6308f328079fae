import { getDb, type Db } from "@comptoir/db";
import { createContext } from "./context";
import { isNotFoundError } from "./errors";
import { createCaller } from "./root";

const FILE_PATTERN = /^([a-f0-9]{64})\.(webp|jpg|png|avif)$/;

/**
 * Answers /media/<checksum>.<ext> through the media procedure. The checksum is the SHA-256 of the
 * bytes, so the response never changes: browsers and CDNs may keep it for a year.
 */
export async function handleMediaRequest(
  request: Request,
  file: string,
  options: { db?: Db } = {},
): Promise<Response> {
  const match = FILE_PATTERN.exec(file);
  if (!match) return new Response("Not Found", { status: 404 });
  const checksum = match[1]!;
  const etag = `"${checksum}"`;
  const cacheControl = "public, max-age=31536000, immutable";
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  }
  // Media are public: no session is read for them.
  const ctx = await createContext({
    db: options.db ?? getDb(),
    audience: "storefront",
    headers: new Headers(),
    resHeaders: new Headers(),
  });
  try {
    const media = await createCaller(ctx).media.byChecksum({ checksum });
    const bytes = Buffer.from(media.base64, "base64");
    return new Response(bytes, {
      headers: {
        "Content-Type": media.mimeType,
        "Content-Length": String(bytes.length),
        "Cache-Control": cacheControl,
        ETag: etag,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isNotFoundError(error)) return new Response("Not Found", { status: 404 });
    throw error;
  }
}
