import { createHash } from "node:crypto";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createI18n, resources, shareFixedTs, type Locale } from "@comptoir/i18n";
import { sentrySettingsFromEnv } from "@comptoir/observability";
import { compressDocument } from "@comptoir/server/compression";
import { responseWithDocumentBytes, TAKES_DOCUMENT_BYTES } from "@comptoir/server/document-bytes";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { DocumentSettingsProvider, type DocumentSettings } from "../document-settings";
import { collectDocument } from "./document-collector";

/** How long a streamed response may wait for deferred data before it is cut. */
export const STREAM_TIMEOUT = 5_000;
const ABORT_DELAY = STREAM_TIMEOUT;

/**
 * The body of both apps' entry.server: server-renders the document in the request's language.
 */
export function createDocumentHandler(options: { getLocale: (request: Request) => Locale }) {
  return function handleRequest(
    request: Request,
    responseStatusCode: number,
    responseHeaders: Headers,
    remixContext: EntryContext,
    loadContext: AppLoadContext,
  ) {
    const notModified = answerConditionalRequest(request, responseStatusCode, responseHeaders, remixContext);
    if (notModified) return notModified;
    return renderDocument(
      request,
      responseStatusCode,
      responseHeaders,
      remixContext,
      options.getLocale(request),
      documentSettings(loadContext),
      loadContext[TAKES_DOCUMENT_BYTES] === true,
    );
  };
}

/**
 * For pages a shared cache may keep (Cache-Control: public), an ETag of what the HTML is made of:
 * the build, the URL and the loaders' data. A CDN or browser revalidating with If-None-Match then
 * gets a 304 without the page being rendered at all.
 */
function answerConditionalRequest(
  request: Request,
  status: number,
  headers: Headers,
  remixContext: EntryContext,
): Response | null {
  if (status !== 200 || request.method !== "GET" || !headers.get("Cache-Control")?.startsWith("public"))
    return null;
  const url = new URL(request.url);
  const etag = `W/"${createHash("sha1")
    .update(remixContext.manifest.version)
    .update(url.pathname + url.search)
    .update(JSON.stringify(remixContext.staticHandlerContext.loaderData, digestInsteadOfContent))
    .digest("base64url")}"`;
  headers.set("ETag", etag);
  const ifNoneMatch = request.headers.get("If-None-Match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((candidate) => candidate.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return null;
}

/**
 * Catalog values come from a cache shared by every request, frozen, with the digest of their JSON
 * under this registered symbol (packages/core, catalog/content-digest.ts). The ETag takes that
 * digest in their place instead of serializing them again at every page: most of a catalog page's
 * data, and the larger part of the ETag's cost.
 */
const CONTENT_DIGEST = Symbol.for("comptoir.contentDigest");

function digestInsteadOfContent(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  return (value as { [CONTENT_DIGEST]?: string })[CONTENT_DIGEST] ?? value;
}

// One i18next instance per locale, shared by every request: resources are in memory and the
// server never changes an instance's language, so building one per request would be waste. Its
// fixed t functions are shared too (shareFixedTs): every component asks for one at every render.
const i18nByLocale = new Map<Locale, ReturnType<typeof createI18n>>();

function i18nFor(locale: Locale) {
  let instance = i18nByLocale.get(locale);
  if (!instance) {
    instance = shareFixedTs(createI18n(locale, resources));
    i18nByLocale.set(locale, instance);
  }
  return instance;
}

// Read once: the browser gets the same error-reporting settings as the server (or none).
const monitoring = sentrySettingsFromEnv() ?? undefined;

/**
 * The production server (packages/server) puts the response's CSP nonce in the load context; the
 * development server sends no Content-Security-Policy, hence no nonce.
 */
function documentSettings(loadContext: AppLoadContext): DocumentSettings {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  return { nonce, monitoring };
}

function renderDocument(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  locale: Locale,
  settings: DocumentSettings,
  takesDocumentBytes: boolean,
) {
  const i18n = i18nFor(locale);
  // Our pages defer no data, so nothing would arrive after the shell: the document is rendered
  // whole and sent as one body with a Content-Length. Streaming it in React's many small chunks
  // cost a system call and a web-stream hop per chunk for no earlier first byte.
  return new Promise<Response>((resolve, reject) => {
    let failed = false;
    // The deadline's timer holds the render (through `abort`) until it fires: cleared as soon as
    // the document is complete, or every page rendered in the last 5 s would stay in memory.
    let deadline: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const settle = () => {
      settled = true;
      clearTimeout(deadline);
    };
    const { pipe, abort } = renderToPipeableStream(
      <DocumentSettingsProvider value={settings}>
        <I18nextProvider i18n={i18n}>
          <RemixServer
            context={remixContext}
            url={request.url}
            abortDelay={ABORT_DELAY}
            nonce={settings.nonce}
          />
        </I18nextProvider>
      </DocumentSettingsProvider>,
      {
        onAllReady() {
          settle();
          pipe(
            collectDocument({
              onEnd(html) {
                // Compressed here, whole, rather than streamed through the server's middleware.
                const { body, encoding } = compressDocument(request.headers.get("Accept-Encoding"), html);
                if (encoding) responseHeaders.set("Content-Encoding", encoding);
                responseHeaders.append("Vary", "Accept-Encoding");
                responseHeaders.set("Content-Type", "text/html; charset=utf-8");
                responseHeaders.set("Content-Length", String(body.byteLength));
                const init = { headers: responseHeaders, status: failed ? 500 : responseStatusCode };
                // The production server writes the bytes itself (@comptoir/server, document-bytes.js).
                resolve(
                  takesDocumentBytes ? responseWithDocumentBytes(body, init) : new Response(body, init),
                );
              },
              onDestroy: reject,
            }),
          );
        },
        onShellError(error: unknown) {
          settle();
          reject(error);
        },
        onError(error: unknown) {
          // The error boundary renders the page; the server log keeps the cause.
          failed = true;
          console.error(error);
        },
      },
    );
    if (!settled) {
      deadline = setTimeout(abort, ABORT_DELAY);
      deadline.unref();
    }
  });
}
