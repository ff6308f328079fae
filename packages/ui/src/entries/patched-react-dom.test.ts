// @vitest-environment node
// React's Node renderer is patched (patches/react-dom@18.3.1.patch) to hand its destination one
// string per flush instead of UTF-8 views of 2 kB. These tests load both of its builds (the
// production one serves the shop; the development one runs `pnpm dev` and these tests) and check
// that the markup is the same as React's own: the legacy string renderer, which the patch leaves
// alone, renders the same markup for pages that do not suspend.
import { createRequire } from "node:module";
import path from "node:path";
import { PassThrough } from "node:stream";
import { createElement, Fragment, Suspense, type ReactElement, type ReactNode } from "react";
import type * as nodeRenderer from "react-dom/server";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

type NodeRenderer = Pick<typeof nodeRenderer, "renderToPipeableStream">;

const require = createRequire(import.meta.url);
const cjs = path.join(path.dirname(require.resolve("react-dom/package.json")), "cjs");
const builds: [string, NodeRenderer][] = [
  ["production", require(path.join(cjs, "react-dom-server.node.production.min.js")) as NodeRenderer],
  ["development", require(path.join(cjs, "react-dom-server.node.development.js")) as NodeRenderer],
];

/** Renders until everything is ready, then records each write React makes. */
function renderWhole(renderer: NodeRenderer, element: ReactElement) {
  return new Promise<{ writes: (string | Uint8Array)[]; html: string }>((resolve, reject) => {
    const writes: (string | Uint8Array)[] = [];
    const { pipe } = renderer.renderToPipeableStream(element, {
      onAllReady() {
        const destination = {
          write(chunk: string | Uint8Array) {
            writes.push(chunk);
            return true;
          },
          end() {
            const html = writes
              .map((chunk) => (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString()))
              .join("");
            resolve({ writes, html });
            return destination;
          },
          destroy: reject,
          on: () => destination,
        };
        pipe(destination as unknown as NodeJS.WritableStream);
      },
      onShellError: reject,
      onError: reject,
    });
  });
}

// A page-like tree: text in several scripts (accents, non-Latin, emoji), escaping, attributes,
// styles, raw HTML, a text longer than React's old 2 kB views, and many small elements.
function page(): ReactElement {
  const long = "Café crème, thé vert 🍵, 東京 — ".repeat(120);
  return createElement(
    "html",
    { lang: "fr" },
    createElement("head", null, createElement("title", null, 'Épicerie <fine> & "thé"')),
    createElement(
      "body",
      null,
      createElement("main", { className: "page", "data-test": "a'b\"c" }, [
        createElement("h1", { key: "h" }, "Cafés ", "du ", "Kenya ", 3, " lots"),
        createElement("p", { key: "l", style: { marginTop: 4, color: "red" } }, long),
        createElement("div", { key: "r", dangerouslySetInnerHTML: { __html: "<em>déjà</em>" } }),
        createElement(
          "ul",
          { key: "u" },
          Array.from({ length: 200 }, (_, index) =>
            createElement(
              "li",
              { key: index },
              createElement("a", { href: `/fr/produit/p-${index}` }, `n°${index} ✓`),
            ),
          ),
        ),
        createElement("input", { key: "i", defaultValue: "x", readOnly: true }),
        createElement(Fragment, { key: "f" }, "fin"),
      ]),
    ),
  );
}

describe.each(builds)("React's Node renderer, patched (%s build)", (_name, renderer) => {
  it("writes the markup React's string renderer makes, as one string", async () => {
    const { writes, html } = await renderWhole(renderer, page());
    // The streaming renderer starts a document that has an <html> root with its doctype.
    expect(html).toBe(`<!DOCTYPE html>${renderToString(page())}`);
    expect(writes.every((chunk) => typeof chunk === "string")).toBe(true);
    expect(writes).toHaveLength(1);
    expect(html).toContain("東京 — Café");
    expect(html).toContain('<li><a href="/fr/produit/p-199">n°199 ✓</a></li>');
  });

  it("still streams: the shell first, then a suspended part with its script, into a Node stream", async () => {
    let release!: () => void;
    const ready = new Promise<void>((resolve) => {
      release = resolve;
    });
    let loaded = false;
    function Late(): ReactNode {
      if (!loaded) {
        throw ready.then(() => {
          loaded = true;
        });
      }
      return createElement("p", null, "Arrivé après ☕");
    }
    const element = createElement(
      "div",
      null,
      createElement("h1", null, "Tout de suite"),
      createElement(Suspense, { fallback: createElement("span", null, "…") }, createElement(Late)),
    );

    const sink = new PassThrough();
    const received: Buffer[] = [];
    sink.on("data", (chunk: Buffer) => received.push(chunk));
    const ended = new Promise((resolve) => sink.on("end", resolve));
    await new Promise<void>((resolve, reject) => {
      const { pipe } = renderer.renderToPipeableStream(element, {
        onShellReady() {
          pipe(sink);
          resolve();
        },
        onShellError: reject,
      });
    });
    await new Promise((resolve) => setImmediate(resolve));
    const shell = Buffer.concat(received).toString();
    expect(shell).toContain("<h1>Tout de suite</h1>");
    expect(shell).toContain("…");
    expect(shell).not.toContain("Arrivé");

    release();
    await ended;
    const whole = Buffer.concat(received).toString();
    expect(whole.startsWith(shell)).toBe(true);
    expect(whole).toContain('<div hidden id="S:0"><p>Arrivé après ☕</p></div>');
    expect(whole).toContain("$RC(");
  });
});
