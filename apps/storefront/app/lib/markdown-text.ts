// Markdown (or HTML-ish text) to plain text, for metadata: descriptions in meta tags and JSON-LD.

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

// Markdown punctuation a backslash escapes (CommonMark: any ASCII punctuation).
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
// Escaped characters are parked in the Private Use Area while the syntax around them is removed
// (characters already there are dropped: they have no meaning in a public description).
const PARKED = /[\uE000-\uE07F]/g;

/**
 * The text of a Markdown description, without its syntax or any HTML: what a search engine shows
 * as the product's description. Paragraphs are kept apart by a blank line.
 */
export function markdownToText(markdown: string): string {
  const lines = markdown
    .replace(PARKED, "")
    .replace(/\r\n?/g, "\n")
    .replace(ESCAPABLE, (_, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)))
    .split("\n")
    .map(blockText);
  // Inline syntax never spans paragraphs: handling them one by one keeps a stray "*" local.
  return lines
    .join("\n")
    .split(/\n\s*\n/)
    .map((paragraph) => inlineText(paragraph).replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

/** A line without its block syntax (heading, quote, list marker); "" for lines that carry no text. */
function blockText(line: string): string {
  // Fences, thematic breaks, setext underlines and link reference definitions.
  if (/^\s{0,3}(```|~~~)/.test(line)) return "";
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s{0,3}(=+|-+)\s*$/.test(line)) return "";
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return "";
  const text = line.replace(/^\s{0,3}(>\s?)+/, "");
  const heading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(text);
  if (heading) return heading[1] ?? "";
  return text.replace(/^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, "");
}

/** A paragraph without HTML, links, images, code spans, emphasis and entities. */
function inlineText(paragraph: string): string {
  return paragraph
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/g, "")
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, "$1")
    .replace(/!?\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])/g, "$1")
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => code.trim())
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, "$1")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name))
    .replace(PARKED, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}
