// How the app servers compress what they send. Two paths share these settings:
//
// - documents (HTML pages) are compressed by the document handler (@comptoir/ui/entry-server) the
//   moment React has rendered them whole, in one synchronous call: compressDocument below;
// - everything else (data requests, sitemaps, scripts...) goes through the `compression`
//   middleware (index.js), which skips a response that already has a Content-Encoding.
//
// Why documents differ: the middleware compresses on libuv's threads, as a stream, in several
// round trips per response. Under load the main thread, which renders the pages, then waited for
// them between renders (busy about 77% of the time). Compressing a finished page on the main
// thread costs less than those round trips: a 57 kB category page takes 0.24 ms at Brotli quality
// 1, a 28 kB product page 0.12 ms (on a slow day of this machine). The main thread is now busy about 91% of the time, and serves
// 10–20% more category pages and more product pages (measurements: docs/performance-notes.md).
import zlib from "node:zlib";
import Negotiator from "negotiator";

/**
 * Brotli quality 1: a page is compressed at every request, on the thread that renders the pages, so
 * its cost is paid in pages per second. Measured on the same slow day (docs/performance-notes.md),
 * the category page (57 kB) takes 0.24 ms and comes out at 12.5 kB; quality 2 takes 0.42 ms for
 * 7% fewer bytes (11.7 kB), quality 3 0.46 ms for 8% fewer, gzip's default level 0.93 ms for 9%
 * fewer. The product page (28 kB): 0.12 ms for 7.2 kB, against 0.22 ms for 6.6 kB at quality 2.
 * Under a kilobyte more per page, against 3% of a page's CPU. Brotli's default window is 4 MB per
 * compression: with many responses in flight that is hundreds of MB of native memory, for pages
 * of a few tens of kB. 256 kB (2^18) is plenty.
 */
export const BROTLI_PARAMS = Object.freeze({
  [zlib.constants.BROTLI_PARAM_QUALITY]: 1,
  [zlib.constants.BROTLI_PARAM_LGWIN]: 18,
});

/** Below this size compression is not worth its bytes of headers (the middleware's threshold too). */
export const COMPRESSION_THRESHOLD = 1024;

/** What a document may be sent in; of equally accepted ones, Brotli (smaller), then gzip. */
const DOCUMENT_ENCODINGS = ["br", "gzip", "identity"];
const PREFERRED_ENCODINGS = ["br", "gzip"];

/**
 * The document compressed in the best encoding the request accepts, synchronously. `encoding` is
 * null when it goes as it is (nothing acceptable, or too small to gain anything). The response
 * must say `Vary: Accept-Encoding` either way.
 * @param {string | null | undefined} acceptEncoding  The request's Accept-Encoding header.
 * @param {Buffer<ArrayBuffer>} body
 * @returns {{ body: Buffer<ArrayBuffer>, encoding: "br" | "gzip" | null }}
 */
export function compressDocument(acceptEncoding, body) {
  if (!acceptEncoding || body.byteLength < COMPRESSION_THRESHOLD) return { body, encoding: null };
  const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding } });
  // negotiator 0.6.4 takes the preferred order as a second argument; @types/negotiator predates it.
  const negotiate = /** @type {(available: string[], preferred: string[]) => string | undefined} */ (
    negotiator.encoding
  );
  const encoding = negotiate.call(negotiator, DOCUMENT_ENCODINGS, PREFERRED_ENCODINGS);
  if (encoding === "br") {
    const params = { ...BROTLI_PARAMS, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength };
    return { body: zlib.brotliCompressSync(body, { params }), encoding };
  }
  if (encoding === "gzip") return { body: zlib.gzipSync(body), encoding };
  return { body, encoding: null };
}
