/** Where a document's bytes travel beside a Response that has no body (see document-bytes.js). */
export const DOCUMENT_BYTES: unique symbol;

/** The load context's key by which a server says it sends DOCUMENT_BYTES itself. */
export const TAKES_DOCUMENT_BYTES: "takesDocumentBytes";

/** A body-less Response that carries the document's bytes beside it. */
export function responseWithDocumentBytes(bytes: Buffer<ArrayBuffer>, init: ResponseInit): Response;

/** The bytes a Response carries beside it, if it is one of responseWithDocumentBytes's. */
export function documentBytesOf(response: Response): Buffer | undefined;
