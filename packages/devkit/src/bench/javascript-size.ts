// How much JavaScript a page ships: every script it loads up front, fetched once and gzipped here
// (level 9), so the figure does not depend on how the server happens to compress.
import { gzipSync } from "node:zlib";
import { BROWSER_HEADERS } from "./browser-headers";
import type { JavaScriptSize } from "./report";
import { extractScripts } from "./script-urls";

function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).byteLength;
}

/** Throws with a short reason (no final period: it is quoted in sentences) when a file is missing. */
export async function measureJavaScript(pageUrl: string): Promise<JavaScriptSize> {
  const page = await fetch(pageUrl, { headers: BROWSER_HEADERS });
  if (page.status !== 200) throw new Error(`the page answered HTTP ${page.status}`);
  const { urls, inline } = extractScripts(await page.text(), pageUrl);
  const origin = new URL(pageUrl).origin;

  const files = [];
  for (const url of urls) {
    const response = await fetch(url, { headers: { ...BROWSER_HEADERS, accept: "*/*" } });
    if (response.status !== 200)
      throw new Error(`its script ${new URL(url).pathname} answered HTTP ${response.status}`);
    const body = new Uint8Array(await response.arrayBuffer());
    const parsed = new URL(url);
    files.push({
      path: parsed.origin === origin ? `${parsed.pathname}${parsed.search}` : url,
      bytes: body.byteLength,
      gzipBytes: gzipSize(body),
    });
  }
  const inlineText = inline.join("\n");
  return {
    path: new URL(pageUrl).pathname,
    files,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    inlineBytes: Buffer.byteLength(inlineText),
    inlineGzipBytes: inlineText === "" ? 0 : gzipSize(inlineText),
  };
}
