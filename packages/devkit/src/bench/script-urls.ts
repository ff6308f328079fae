// Which JavaScript files a page makes the browser download: external scripts, module preloads and
// the modules that inline module scripts import (Remix bootstraps the page that way).

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b([^>]*?)\/?>/gi;
/** Static imports and re-exports: `import "x"`, `import * as a from "x"`, `export { b } from "x"`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
/** Dynamic imports with a literal specifier: `import("x")`. */
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(
    attributes,
  );
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
}

export interface PageScripts {
  /** Absolute URLs of the JavaScript files, each once, in document order. */
  urls: string[];
  /** The text of the inline scripts (JSON data blocks excluded), in document order. */
  inline: string[];
}

/** The scripts of an HTML page, resolved against the page's URL. */
export function extractScripts(html: string, pageUrl: string): PageScripts {
  const urls = new Set<string>();
  const inline: string[] = [];
  const add = (reference: string | undefined) => {
    if (!reference) return;
    try {
      urls.add(new URL(decodeEntities(reference), pageUrl).toString());
    } catch {
      // Not a URL (a bare specifier resolved by an import map): nothing the page downloads as such.
    }
  };

  // Preloads first, then scripts, each in document order; a file both preloaded and imported
  // counts once.
  for (const [, attributes = ""] of html.matchAll(LINK)) {
    const rel = (attribute(attributes, "rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("modulepreload")) add(attribute(attributes, "href"));
    else if (rel.includes("preload") && attribute(attributes, "as")?.toLowerCase() === "script") {
      add(attribute(attributes, "href"));
    }
  }
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    const type = (attribute(attributes, "type") ?? "").toLowerCase();
    const src = attribute(attributes, "src");
    if (src !== undefined) {
      add(src);
      continue;
    }
    // JSON blocks (structured data, import maps) are data, not code the browser runs.
    if (type.includes("json") || type === "importmap") continue;
    if (body.trim() === "") continue;
    inline.push(body);
    if (type === "module") {
      for (const [, specifier] of body.matchAll(STATIC_IMPORT)) add(specifier);
      for (const [, specifier] of body.matchAll(DYNAMIC_IMPORT)) add(specifier);
    }
  }
  return { urls: [...urls], inline };
}
