import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressDocument, COMPRESSION_THRESHOLD } from "./compression.js";

const page = Buffer.from(
  `<!DOCTYPE html><html lang="fr"><body>${"<p>Café de Colombie, torréfié à Lyon — 12,90 €</p>".repeat(200)}</body></html>`,
);

/** @param {"br" | "gzip" | null} encoding @param {Buffer} body */
function decode(encoding, body) {
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  if (encoding === "gzip") return zlib.gunzipSync(body);
  return body;
}

describe("compressDocument", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["br", "br"],
    ["*", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.8, br;q=0.5", "gzip"],
    ["deflate", null],
    ["identity", null],
    ["br;q=0, gzip;q=0", null],
    ["", null],
  ])("Accept-Encoding %j: %s, and the bytes decode to the page", (accept, expected) => {
    const { body, encoding } = compressDocument(accept, page);
    expect(encoding).toBe(expected);
    expect(decode(encoding, body).equals(page)).toBe(true);
    if (encoding) expect(body.byteLength).toBeLessThan(page.byteLength / 4);
  });

  it("sends a page as it is without an Accept-Encoding header", () => {
    expect(compressDocument(null, page)).toEqual({ body: page, encoding: null });
    expect(compressDocument(undefined, page)).toEqual({ body: page, encoding: null });
  });

  it("leaves bodies too small to gain anything as they are", () => {
    const small = Buffer.alloc(COMPRESSION_THRESHOLD - 1, "a");
    expect(compressDocument("br, gzip", small)).toEqual({ body: small, encoding: null });
  });
});
