// Option dimensions shared by the demo products. A product only gets the values its variants use.
import type { OptionData, VariantData } from "../types";

export const WEIGHT: OptionData = {
  name: { fr: "Poids", en: "Weight" },
  values: [
    { code: "30g", sku: "30", name: { fr: "30 g", en: "30 g" }, grams: 30 },
    { code: "50g", sku: "50", name: { fr: "50 g", en: "50 g" }, grams: 50 },
    { code: "100g", sku: "100", name: { fr: "100 g", en: "100 g" }, grams: 100 },
    { code: "125g", sku: "125", name: { fr: "125 g", en: "125 g" }, grams: 125 },
    { code: "150g", sku: "150", name: { fr: "150 g", en: "150 g" }, grams: 150 },
    { code: "220g", sku: "220", name: { fr: "220 g", en: "220 g" }, grams: 220 },
    { code: "250g", sku: "250", name: { fr: "250 g", en: "250 g" }, grams: 250 },
    { code: "300g", sku: "300", name: { fr: "300 g", en: "300 g" }, grams: 300 },
    { code: "400g", sku: "400", name: { fr: "400 g", en: "400 g" }, grams: 400 },
    { code: "500g", sku: "500", name: { fr: "500 g", en: "500 g" }, grams: 500 },
    { code: "1kg", sku: "1000", name: { fr: "1 kg", en: "1 kg" }, grams: 1000 },
  ],
};

export const GRIND: OptionData = {
  name: { fr: "Mouture", en: "Grind" },
  values: [
    { code: "grains", sku: "G", name: { fr: "Grains", en: "Whole bean" } },
    { code: "moulu", sku: "M", name: { fr: "Moulu", en: "Ground" } },
  ],
};

export const VOLUME: OptionData = {
  name: { fr: "Contenance", en: "Size" },
  values: [
    { code: "250ml", sku: "25CL", name: { fr: "25 cl", en: "250 ml" }, grams: 250 },
    { code: "500ml", sku: "50CL", name: { fr: "50 cl", en: "500 ml" }, grams: 480 },
    { code: "540ml", sku: "540ML", name: { fr: "Canne de 540 ml", en: "540 ml can" }, grams: 720 },
    { code: "1l", sku: "1L", name: { fr: "1 litre", en: "1 litre" }, grams: 920 },
  ],
};

export const PIECES: OptionData = {
  name: { fr: "Coffret", en: "Box" },
  values: [
    { code: "9", sku: "9P", name: { fr: "9 pièces", en: "9 pieces" }, grams: 100 },
    { code: "12", sku: "12P", name: { fr: "12 pièces", en: "12 pieces" }, grams: 130 },
    { code: "16", sku: "16P", name: { fr: "16 pièces", en: "16 pieces" }, grams: 175 },
    { code: "24", sku: "24P", name: { fr: "24 pièces", en: "24 pieces" }, grams: 260 },
  ],
};

export const PACK: OptionData = {
  name: { fr: "Format", en: "Pack" },
  values: [
    { code: "single", sku: "X1", name: { fr: "À l’unité", en: "Single" } },
    { code: "three", sku: "X3", name: { fr: "Lot de 3", en: "Pack of 3" } },
  ],
};

export const HAMPER_SIZE: OptionData = {
  name: { fr: "Taille", en: "Size" },
  values: [
    { code: "classic", sku: "CL", name: { fr: "Classique", en: "Classic" } },
    { code: "large", sku: "GD", name: { fr: "Grand", en: "Large" } },
  ],
};

export const COLOUR: OptionData = {
  name: { fr: "Couleur", en: "Colour" },
  values: [
    { code: "craie", sku: "BLC", name: { fr: "Blanc craie", en: "Chalk white" }, swatch: "#f1ede4" },
    { code: "creme", sku: "CRM", name: { fr: "Crème", en: "Cream" }, swatch: "#efe3c8" },
    { code: "sauge", sku: "SAU", name: { fr: "Sauge", en: "Sage" }, swatch: "#9caf88" },
    { code: "terracotta", sku: "TER", name: { fr: "Terracotta", en: "Terracotta" }, swatch: "#c8643c" },
    { code: "bleu-nuit", sku: "BLN", name: { fr: "Bleu nuit", en: "Midnight blue" }, swatch: "#23395b" },
    { code: "sapin", sku: "SAP", name: { fr: "Vert sapin", en: "Fir green" }, swatch: "#2e5e4e" },
    { code: "noir", sku: "NOI", name: { fr: "Noir mat", en: "Matte black" }, swatch: "#2f2d2b" },
    { code: "miel", sku: "MIE", name: { fr: "Miel", en: "Honey" }, swatch: "#d39b3a" },
  ],
};

/**
 * A variant in one line: `values` lists the option value codes separated by spaces (empty for a
 * product without options); prices are in cents.
 */
export function v(
  values: string,
  price: number,
  stock: number,
  extra: { compareAt?: number; grams?: number } = {},
): VariantData {
  return { values: values === "" ? [] : values.split(" "), price, stock, ...extra };
}
