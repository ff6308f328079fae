// A document (an HTML page) is rendered and compressed whole by the document handler
// (@comptoir/ui's entry.server), so its bytes are at hand in one Buffer. In a web Response they
// would be copied, put in a web stream, and read back by the server chunk by chunk: about 3% of a
// product page's CPU. The server's Remix handler (remix-handler.js) says in the load context that
// it takes the bytes as they are; the document handler then answers a Response without a body and
// the bytes beside it, under a registered symbol (the handler is bundled into each app's build, so
// the two sides share no module), and the server writes them to the socket in one call. Without
// that word in the load context (the development server, tests calling Remix directly) the
// document handler answers an ordinary Response.

/** Where a document's bytes travel beside a Response that has no body. */
export const DOCUMENT_BYTES = Symbol.for("comptoir.documentBytes");

/** The load context's key by which a server says it sends DOCUMENT_BYTES itself. */
export const TAKES_DOCUMENT_BYTES = "takesDocumentBytes";

/**
 * A body-less Response that carries the document's bytes beside it.
 * @param {Buffer<ArrayBuffer>} bytes
 * @param {ResponseInit} init
 * @returns {Response}
 */
export function responseWithDocumentBytes(bytes, init) {
  return Object.defineProperty(new Response(null, init), DOCUMENT_BYTES, { value: bytes });
}

/**
 * The bytes a Response carries beside it, if it is one of responseWithDocumentBytes's.
 * @param {Response} response
 * @returns {Buffer | undefined}
 */
export function documentBytesOf(response) {
  return /** @type {{ [DOCUMENT_BYTES]?: Buffer }} */ (/** @type {unknown} */ (response))[DOCUMENT_BYTES];
}
