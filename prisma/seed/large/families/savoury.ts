// Synthetic product families: Oils, vinegars and mustards.
import type { Localized } from "../../types";
import { REGIONS, LOT, type Family, type Word } from "./family";
import { VOLUME, WEIGHT } from "../../data/options";

const OIL_ORIGINS: readonly Word[] = [
  { fr: "de Provence", en: "Provence" },
  { fr: "de Nyons", en: "Nyons" },
  { fr: "de Corse", en: "Corsican" },
  { fr: "d’Andalousie", en: "Andalusian" },
  { fr: "de Crète", en: "Cretan" },
  { fr: "de Sicile", en: "Sicilian" },
  { fr: "de Toscane", en: "Tuscan" },
  { fr: "de Catalogne", en: "Catalan" },
];

export const oil: Family = {
  id: "olive-oil",
  series: LOT,
  compose(random) {
    const origin = random.pick(OIL_ORIGINS);
    const fruity = random.pick<Word>([
      { fr: "vert", en: "green" },
      { fr: "mûr", en: "ripe" },
      { fr: "noir", en: "black" },
    ]);
    return {
      name: { fr: `Huile d’olive ${origin.fr}`, en: `${origin.en} olive oil` },
      description: {
        fr: `Une huile d’olive vierge extra au fruité ${fruity.fr}, pressée à froid quelques heures après la récolte. **À utiliser crue**, sur une salade, des légumes grillés ou un poisson.`,
        en: `An extra virgin olive oil with a ${fruity.en}-fruit character, cold-pressed within hours of the harvest. **Use it raw**, on a salad, grilled vegetables or fish.`,
      },
    };
  },
  options: [{ option: VOLUME, codes: ["250ml", "500ml", "1l"] }],
  price: [990, 1490],
  grams: 350,
};

const CONDIMENTS: readonly { name: Word; kind: "vinegar" | "mustard" }[] = [
  { name: { fr: "Vinaigre de cidre", en: "cider vinegar" }, kind: "vinegar" },
  { name: { fr: "Vinaigre de Xérès", en: "sherry vinegar" }, kind: "vinegar" },
  { name: { fr: "Vinaigre de vin rouge", en: "red wine vinegar" }, kind: "vinegar" },
  { name: { fr: "Vinaigre de framboise", en: "raspberry vinegar" }, kind: "vinegar" },
  { name: { fr: "Moutarde à l’ancienne", en: "wholegrain mustard" }, kind: "mustard" },
  { name: { fr: "Moutarde au miel", en: "honey mustard" }, kind: "mustard" },
  { name: { fr: "Moutarde à l’estragon", en: "tarragon mustard" }, kind: "mustard" },
  { name: { fr: "Moutarde au cassis", en: "blackcurrant mustard" }, kind: "mustard" },
];

export const condiment: Family = {
  id: "condiment",
  series: LOT,
  compose(random) {
    const { name, kind } = random.pick(CONDIMENTS);
    const region = random.pick(REGIONS);
    const description: Localized =
      kind === "vinegar"
        ? {
            fr: `Vieilli lentement en fûts de chêne par une petite maison ${region.fr}. **Quelques gouttes suffisent** à réveiller une vinaigrette ou un déglaçage.`,
            en: `Slowly aged in oak casks by a small producer in ${region.en}. **A few drops are enough** to lift a dressing or a pan sauce.`,
          }
        : {
            fr: `Préparée à la meule de pierre par une petite maison ${region.fr}, avec des graines de moutarde cultivées en France. **Une fois ouverte, se garde au frais.**`,
            en: `Stone-ground by a small producer in ${region.en}, from mustard seeds grown in France. **Keep it in the fridge once opened.**`,
          };
    return { name: { fr: `${name.fr} ${region.fr}`, en: `${region.en} ${name.en}` }, description };
  },
  options: [{ option: WEIGHT, codes: ["150g", "300g"] }],
  price: [490, 890],
  grams: 200,
};
