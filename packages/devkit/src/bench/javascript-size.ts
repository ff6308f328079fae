// How much JavaScript a page ships: every script Chromium downloads while it loads and hydrates the
// page (the ones the HTML names and the ones they import on start-up, such as the page language's
// texts), each gzipped here at level 9, so the figure does not depend on how the server compresses.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../browser/find-chromium";
import { BROWSER_HEADERS } from "./browser-headers";
import type { JavaScriptSize } from "./report";
import { extractScripts } from "./script-urls";

function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).byteLength;
}

interface LoadedScript {
  url: string;
  status: number;
  body: Buffer;
}

/** The scripts a browser loads for the page until the network has been idle for half a second. */
async function scriptsLoadedBy(pageUrl: string): Promise<LoadedScript[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const pending: Promise<LoadedScript>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      pending.push(
        response.body().then((body) => ({ url: response.url(), status: response.status(), body })),
      );
    });
    const answer = await page.goto(pageUrl, { waitUntil: "networkidle" });
    if (answer?.status() !== 200) throw new Error(`the page answered HTTP ${answer?.status() ?? "nothing"}`);
    return await Promise.all(pending);
  } finally {
    await browser.close();
  }
}

/** Throws with a short reason (no final period: it is quoted in sentences) when a file is missing. */
export async function measureJavaScript(pageUrl: string): Promise<JavaScriptSize> {
  const origin = new URL(pageUrl).origin;
  const files = [];
  for (const script of await scriptsLoadedBy(pageUrl)) {
    const parsed = new URL(script.url);
    if (script.status !== 200)
      throw new Error(`its script ${parsed.pathname} answered HTTP ${script.status}`);
    files.push({
      path: parsed.origin === origin ? `${parsed.pathname}${parsed.search}` : script.url,
      bytes: script.body.byteLength,
      gzipBytes: gzipSize(script.body),
    });
  }
  // Inline scripts (loader data, module bootstrap) are part of the HTML: reported apart.
  const html = await fetch(pageUrl, { headers: BROWSER_HEADERS });
  const inlineText = extractScripts(await html.text(), pageUrl).inline.join("\n");
  return {
    path: new URL(pageUrl).pathname,
    files,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    inlineBytes: Buffer.byteLength(inlineText),
    inlineGzipBytes: inlineText === "" ? 0 : gzipSize(inlineText),
  };
}
