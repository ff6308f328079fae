// Text derived from the product data: SEO fields and the alternative text of the illustrations.
import type { Motif } from "./images/icons";
import type { Localized, ProductData, Shape } from "./types";

/** What the main image shows, to write "<container> de <name>"; none when the object is the product. */
const CONTAINERS: Record<Shape, Localized | null> = {
  bag: { fr: "Sachet", en: "Bag" },
  tin: { fr: "Boîte", en: "Tin" },
  bar: { fr: "Tablette", en: "Bar" },
  box: { fr: "Coffret", en: "Box" },
  assortment: { fr: "Boîte", en: "Box" },
  jar: { fr: "Pot", en: "Jar" },
  bottle: { fr: "Bouteille", en: "Bottle" },
  can: { fr: "Canne", en: "Can" },
  cup: null,
  teapot: null,
  plate: null,
  bowl: null,
  hamper: null,
};

const MOTIF_NAMES: Record<Motif, Localized> = {
  bean: { fr: "Motif de grains de café", en: "Coffee bean pattern" },
  leaf: { fr: "Motif de feuilles", en: "Leaf pattern" },
  pod: { fr: "Motif de cabosses de cacao", en: "Cocoa pod pattern" },
  hexagon: { fr: "Motif d’alvéoles", en: "Honeycomb pattern" },
  drop: { fr: "Motif de gouttes", en: "Drop pattern" },
  olive: { fr: "Motif de rameaux d’olivier", en: "Olive branch pattern" },
  maple: { fr: "Motif de feuilles d’érable", en: "Maple leaf pattern" },
  ring: { fr: "Motif de cercles", en: "Circle pattern" },
  star: { fr: "Motif d’étoiles", en: "Star pattern" },
};

/** "de" or "d’" before a French noun phrase. */
function de(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöûùüœ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

export function mainAlt(product: ProductData): Localized {
  if (product.alt) return product.alt;
  const container = CONTAINERS[product.shape];
  const { fr, en } = product.name;
  // "Coffret découverte…" already says what the picture shows.
  if (!container || fr.toLowerCase().startsWith(container.fr.toLowerCase())) return { fr, en };
  return { fr: `${container.fr} ${de(fr)}`, en: `${container.en} of ${en}` };
}

/** The description as plain text (no Markdown emphasis or links). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whole sentences of the description up to 160 characters, or its start cut on a word. */
export function seoDescriptionOf(markdown: string, limit = 160): string {
  const text = plainText(markdown);
  const sentences = text.match(/[^.!?…]+[.!?…]+(?:\s|$)/g) ?? [text];
  let out = "";
  for (const sentence of sentences) {
    const next = `${out}${sentence}`.trim();
    if (next.length > limit) break;
    out = `${next} `;
  }
  out = out.trim();
  if (out) return out;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:]+$/, "")}…`;
}

/** The title tag a merchant would write: the shop's own "— Comptoir" ending (common.json's pageTitle). */
export function seoTitleOf(name: string, category: string): string {
  const candidates = [`${name} · ${category} — Comptoir`, `${name} — Comptoir`];
  return candidates.find((title) => title.length <= 60) ?? name;
}

/** "Coffee bean pattern — Colombian Coffee, Huila". */
export function patternAlt(motif: Motif, name: Localized): Localized {
  const pattern = MOTIF_NAMES[motif];
  return { fr: `${pattern.fr} — ${name.fr}`, en: `${pattern.en} — ${name.en}` };
}
