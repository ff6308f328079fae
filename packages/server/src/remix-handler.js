// Hands Node's requests to Remix and Remix's responses back, as @remix-run/express does, with one
// difference: a document whose bytes come beside its Response (document-bytes.js) is written with
// one `end`, without a web stream between the renderer and the socket. It reads and writes Node's
// request and response only (no Express helper): page reads reach it without Express (index.js).
//
// Not while Sentry traces requests: its wrapper of Remix then makes each document's Response anew
// from the old one's body, to add a Server-Timing header, and bytes kept beside it would be lost.
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import { documentBytesOf, TAKES_DOCUMENT_BYTES } from "./document-bytes.js";
import { requestOrigin } from "./same-origin.js";

/**
 * @param {{
 *   build: import("@remix-run/node").ServerBuild,
 *   mode: string,
 *   getLoadContext: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse & { locals?: Record<string, unknown> }) => Record<string, unknown>,
 *   tracing: boolean,
 * }} options  `tracing`: whether Sentry traces requests (see above).
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, next: (error?: unknown) => void) => Promise<void>}
 */
export function remixHandler({ build, mode, getLoadContext, tracing }) {
  const handleRequest = createRequestHandler(build, mode);
  const takesDocumentBytes = !tracing;
  return async (req, res, next) => {
    try {
      const request = webRequestOf(req, res);
      const loadContext = { ...getLoadContext(req, res), [TAKES_DOCUMENT_BYTES]: takesDocumentBytes };
      await send(res, await handleRequest(request, loadContext));
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The web Request Remix reads: the URL as the client asked for it (protocol and host through the
 * trusted proxy, as the server's origin checks read them), every header, the body as a stream,
 * and a signal that aborts loaders and actions when the client leaves before its response is written.
 * @param {import("node:http").IncomingMessage & { originalUrl?: string }} req
 * @param {import("node:http").ServerResponse} res
 * @returns {Request}
 */
function webRequestOf(req, res) {
  const encrypted = "encrypted" in req.socket && req.socket.encrypted === true;
  const origin = requestOrigin(req.headers, { encrypted, trustProxy: true }) ?? "http://localhost";
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value) headers.set(name, value);
  }
  /** @type {AbortController | null} */
  let controller = new AbortController();
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  const method = req.method ?? "GET";
  /** @type {RequestInit & { duplex?: "half" }} */
  const init = { method, headers, signal: controller.signal };
  if (method !== "GET" && method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  // Express rewrites `url` under a mounted path; `originalUrl` is what the client asked for.
  return new Request(`${origin}${req.originalUrl ?? req.url ?? "/"}`, init);
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {Response} response
 */
async function send(res, response) {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  // entries() gives each Set-Cookie apart; appendHeader keeps them apart, and after any value an
  // earlier middleware set under the same name (Vary).
  for (const [name, value] of response.headers.entries()) res.appendHeader(name, value);
  const bytes = documentBytesOf(response);
  if (bytes) {
    res.end(bytes);
    return;
  }
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
