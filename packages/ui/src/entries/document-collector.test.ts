// @vitest-environment node
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { collectDocument } from "./document-collector";

function render(element: React.ReactElement) {
  return new Promise<{ html: string; ends: number }>((resolve, reject) => {
    let ends = 0;
    const { pipe } = renderToPipeableStream(element, {
      onAllReady() {
        const destination = collectDocument({
          onEnd: (html) => {
            ends += 1;
            // React's own second `end` comes right after the first, in the same call.
            queueMicrotask(() => resolve({ html: html.toString(), ends }));
          },
          onDestroy: reject,
        });
        pipe(destination);
      },
      onShellError: reject,
    });
  });
}

describe("collectDocument", () => {
  it("joins everything React writes, long texts and many elements included, in order", async () => {
    const long = "Café ".repeat(5_000);
    const items = Array.from({ length: 500 }, (_, index) =>
      createElement("li", { key: index }, `n°${index}`),
    );
    const { html, ends } = await render(
      createElement("main", null, createElement("p", null, long), createElement("ul", null, items)),
    );
    expect(ends).toBe(1);
    expect(html.startsWith("<main><p>Café Café")).toBe(true);
    expect(html).toContain(long);
    expect(html).toContain("<li>n°0</li><li>n°1</li>");
    expect(html.endsWith("<li>n°499</li></ul></main>")).toBe(true);
  });

  it("hands over the document once, however often it is ended", () => {
    const onEnd = vi.fn();
    const destination = collectDocument({ onEnd, onDestroy: vi.fn() });
    destination.write(new TextEncoder().encode("<p>a</p>"));
    destination.end();
    destination.end();
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect((onEnd.mock.calls[0]?.[0] as Buffer).toString()).toBe("<p>a</p>");
  });

  it("reports a destroyed render once, and nothing after the document was handed over", () => {
    const onDestroy = vi.fn();
    const failing = collectDocument({ onEnd: vi.fn(), onDestroy });
    const error = new Error("render aborted");
    (failing as unknown as { destroy(error: Error): void }).destroy(error);
    failing.end();
    expect(onDestroy).toHaveBeenCalledWith(error);

    const onEnd = vi.fn();
    const done = collectDocument({ onEnd, onDestroy });
    done.end();
    (done as unknown as { destroy(error: Error): void }).destroy(error);
    expect(onDestroy).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
