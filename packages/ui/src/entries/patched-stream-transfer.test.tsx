// @vitest-environment node
// Remix's StreamTransfer, which writes the loaders' data into the document, is patched
// (patches/@remix-run__react@2.17.5.patch, with turbo-stream's): when the data was written at once
// (nothing deferred), its text is taken from the stream's `completeText` instead of being read back
// from the stream through two suspensions. Both ways must give the same markup: the browser reads
// it with the unpatched code.
import { createRequire } from "node:module";
import path from "node:path";
import { PassThrough } from "node:stream";
import { createElement as h, Suspense, type FunctionComponent } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve("@remix-run/react"));
const { StreamTransfer } = require(path.join(dist, "single-fetch.js")) as {
  StreamTransfer: FunctionComponent<Record<string, unknown>>;
};

const text = '[{"_1":2},"name","Café <b>\\u2028</b> & co"]\n';

/** A reader over the encoded text, as turbo-stream's stream gives it (one chunk, then the end). */
function readerOf(chunks: string[]) {
  const encoded = chunks.map((chunk) => new TextEncoder().encode(chunk));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of encoded) controller.enqueue(chunk);
      controller.close();
    },
  }).getReader();
}

function transfer(serverHandoffStream: object, reader: ReadableStreamDefaultReader<Uint8Array>) {
  return h(
    Suspense,
    { fallback: "waiting" },
    h(StreamTransfer, {
      context: { renderMeta: { didRenderScripts: true }, serverHandoffStream },
      identifier: 0,
      reader,
      textDecoder: new TextDecoder(),
      nonce: "n0nce",
    }),
  );
}

/** The whole markup once everything has resolved, as the document handler waits for it. */
function renderWhole(element: React.ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(element, {
      onAllReady() {
        const sink = new PassThrough();
        let html = "";
        sink.on("data", (chunk: Buffer) => (html += chunk.toString()));
        sink.on("end", () => resolve(html));
        pipe(sink);
      },
      onShellError: reject,
    });
  });
}

describe("the patched StreamTransfer", () => {
  it("writes data written at once without reading the stream, in the markup of the stream read back", async () => {
    const readBack = await renderWhole(transfer({}, readerOf([text])));
    // A reader that never answers: only the complete text can be used.
    const never = {
      read: () => new Promise(() => undefined),
    } as unknown as ReadableStreamDefaultReader<Uint8Array>;
    const atOnce = renderToString(transfer({ completeText: text }, never));
    expect(atOnce).toBe(readBack);
    expect(atOnce).toBe(
      '<!--$--><script nonce="n0nce">window.__remixContext.streamController.enqueue("[{\\"_1\\":2},\\"name\\",\\"Café \\u003cb\\u003e\\\\u2028\\u003c/b\\u003e \\u0026 co\\"]\\n");</script><!--$--><script nonce="n0nce">window.__remixContext.streamController.close();</script><!--/$--><!--/$-->',
    );
  });

  it("still reads the stream when data was deferred (no complete text)", async () => {
    const later = "P4:[2]\n";
    const html = await renderWhole(transfer({}, readerOf([text, later])));
    expect(html).toContain(JSON.stringify(later).slice(1, -3));
    expect(html.match(/streamController\.enqueue/g)).toHaveLength(2);
    expect(html).toContain("streamController.close()");
  });
});
