// Remix gives the loaders' data of a page a deadline (4950 ms) to finish writing deferred values.
// Unpatched, the deadline's timer was only cleared when the request was aborted, never when the
// data had been written: every page kept a timer, an AbortController and a listener on its
// request's signal alive for five seconds, then built an Error to abort a stream sent long before
// (thousands of each under load). Two patches fix it, as React Router 7 did: turbo-stream calls an
// `onComplete` option once everything is written (patches/turbo-stream@2.4.1.patch), and Remix's
// server runtime clears the timer and its listener then (patches/@remix-run__server-runtime@2.17.5.patch).
import { getEventListeners } from "node:events";
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const requireFromHere = createRequire(import.meta.url);
// The copies Remix's server runtime loads (the patched ones).
const requireFromRemix = createRequire(requireFromHere.resolve("@remix-run/server-runtime"));
/**
 * @type {{ encode: (value: unknown, options?: object) => ReadableStream<Uint8Array> }}
 */
const { encode } = requireFromRemix("turbo-stream");
/**
 * @type {{
 *   encodeViaTurboStream: (data: unknown, signal: AbortSignal, streamTimeout: number | undefined, serverMode: string) => ReadableStream<Uint8Array>,
 * }}
 */
const { encodeViaTurboStream } = requireFromHere("@remix-run/server-runtime/dist/single-fetch.js");

/** @param {ReadableStream<Uint8Array>} stream */
async function readAll(stream) {
  return new Response(stream).text();
}

/** A promise and the function that settles it. */
function deferred() {
  /** @type {(value: unknown) => void} */
  let resolve = () => undefined;
  const promise = new Promise((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe("turbo-stream's onComplete (patched)", () => {
  it("is called once, when the document is written, when nothing is deferred", async () => {
    const onComplete = vi.fn();
    const text = await readAll(encode({ name: "Café", price: 890 }, { onComplete }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(text).toBe('[{"_1":2,"_3":4},"name","Café","price",890]\n');
  });

  it("waits for the deferred values to be written", async () => {
    const onComplete = vi.fn();
    const stock = deferred();
    const reader = encode({ stock: stock.promise }, { onComplete }).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('[{"_1":2},"stock",["P",2]]\n');
    // The document is out, the deferred value is not: not complete yet.
    await new Promise((resolve) => setImmediate(resolve));
    expect(onComplete).not.toHaveBeenCalled();
    stock.resolve(12);
    const second = await reader.read();
    expect(new TextDecoder().decode(second.value)).toBe("P2:[12]\n");
    expect((await reader.read()).done).toBe(true);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});

describe("Remix's stream timeout (patched)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is cleared, and its listener removed, once the page's data is written", async () => {
    const request = new AbortController();
    const stream = encodeViaTurboStream({ page: 1 }, request.signal, undefined, "production");
    expect(vi.getTimerCount()).toBe(1);
    expect(getEventListeners(request.signal, "abort")).toHaveLength(1);
    expect(await readAll(stream)).toBe('[{"_1":2},"page",1]\n');
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(request.signal, "abort")).toHaveLength(0);
  });

  it("still cuts deferred data that takes longer than the deadline", async () => {
    const request = new AbortController();
    const never = new Promise(() => undefined);
    const text = readAll(encodeViaTurboStream({ late: never }, request.signal, 100, "production"));
    await vi.advanceTimersByTimeAsync(100);
    // The deferred value is written as a failure (sanitized in production), then the stream ends.
    expect(await text).toMatch(
      /^\[\{"_1":2\},"late",\["P",2\]\]\nE2:\[.*"SanitizedError".*"Unexpected Server Error"/s,
    );
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(request.signal, "abort")).toHaveLength(0);
  });

  it("is cleared when the request is aborted first", async () => {
    const request = new AbortController();
    const pending = deferred();
    const stream = encodeViaTurboStream({ late: pending.promise }, request.signal, undefined, "production");
    request.abort();
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(request.signal, "abort")).toHaveLength(0);
    pending.resolve("done");
    await stream.cancel();
  });
});
