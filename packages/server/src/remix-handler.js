// Hands Express's requests to Remix and Remix's responses back, as @remix-run/express does, with
// one difference: a document whose bytes come beside its Response (document-bytes.js) is written
// with one `end`, without a web stream between the renderer and the socket.
//
// Not while Sentry traces requests: its wrapper of Remix then makes each document's Response anew
// from the old one's body, to add a Server-Timing header, and bytes kept beside it would be lost.
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import { documentBytesOf, TAKES_DOCUMENT_BYTES } from "./document-bytes.js";

/**
 * @param {{
 *   build: import("@remix-run/node").ServerBuild,
 *   mode: string,
 *   getLoadContext: (req: import("express").Request, res: import("express").Response) => Record<string, unknown>,
 *   tracing: boolean,
 * }} options  `tracing`: whether Sentry traces requests (see above).
 * @returns {import("express").RequestHandler}
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
 * trusted proxy, the port from X-Forwarded-Host or Host), every header, the body as a stream, and a
 * signal that aborts loaders and actions when the client leaves before its response is written.
 * @param {import("express").Request} req
 * @param {import("express").Response} res
 * @returns {Request}
 */
function webRequestOf(req, res) {
  const port = portOf(req.get("X-Forwarded-Host")) ?? portOf(req.get("Host"));
  const url = `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value) headers.set(name, value);
  }
  /** @type {AbortController | null} */
  let controller = new AbortController();
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  /** @type {RequestInit & { duplex?: "half" }} */
  const init = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  return new Request(new URL(url).href, init);
}

/** @param {string | undefined} host */
function portOf(host) {
  const port = Number.parseInt(host?.split(":")[1] ?? "", 10);
  return Number.isSafeInteger(port) ? port : undefined;
}

/**
 * @param {import("express").Response} res
 * @param {Response} response
 */
async function send(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  // entries() gives each Set-Cookie apart; append keeps them apart.
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  const bytes = documentBytesOf(response);
  if (bytes) {
    res.end(bytes);
    return;
  }
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
