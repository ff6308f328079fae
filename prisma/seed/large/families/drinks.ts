// Synthetic product families: Coffees, teas and infusions.
import { GRIND, WEIGHT } from "../../data/options";
import { LOT, de, pickTwo, type Family, type Word } from "./family";

const COFFEE_ORIGINS: readonly Word[] = [
  { fr: "du Brésil", en: "Brazilian" },
  { fr: "de Colombie", en: "Colombian" },
  { fr: "d’Éthiopie", en: "Ethiopian" },
  { fr: "du Guatemala", en: "Guatemalan" },
  { fr: "du Kenya", en: "Kenyan" },
  { fr: "du Pérou", en: "Peruvian" },
  { fr: "du Honduras", en: "Honduran" },
  { fr: "du Rwanda", en: "Rwandan" },
  { fr: "du Costa Rica", en: "Costa Rican" },
  { fr: "du Salvador", en: "Salvadoran" },
  { fr: "du Nicaragua", en: "Nicaraguan" },
  { fr: "du Burundi", en: "Burundian" },
  { fr: "de Tanzanie", en: "Tanzanian" },
  { fr: "du Mexique", en: "Mexican" },
  { fr: "d’Indonésie", en: "Indonesian" },
];

const COFFEE_PROCESSES: readonly Word[] = [
  { fr: "lavé", en: "washed" },
  { fr: "nature", en: "natural" },
  { fr: "procédé miel", en: "honey-process" },
  { fr: "décaféiné", en: "decaf" },
];

const COFFEE_NOTES: readonly Word[] = [
  { fr: "caramel", en: "caramel" },
  { fr: "noisette grillée", en: "toasted hazelnut" },
  { fr: "chocolat au lait", en: "milk chocolate" },
  { fr: "cacao", en: "cocoa" },
  { fr: "agrumes", en: "citrus" },
  { fr: "fruits rouges", en: "red berries" },
  { fr: "jasmin", en: "jasmine" },
  { fr: "pêche blanche", en: "white peach" },
  { fr: "sucre roux", en: "brown sugar" },
  { fr: "amande", en: "almond" },
  { fr: "prune", en: "plum" },
  { fr: "bergamote", en: "bergamot" },
];

export const coffee: Family = {
  id: "coffee",
  series: LOT,
  compose(random) {
    const origin = random.pick(COFFEE_ORIGINS);
    const process = random.pick(COFFEE_PROCESSES);
    const [a, b] = pickTwo(random, COFFEE_NOTES);
    return {
      name: { fr: `Café ${origin.fr} ${process.fr}`, en: `${process.en} ${origin.en} coffee` },
      description: {
        fr: `Un café ${origin.fr} ${process.fr}, torréfié par petites fournées au Comptoir. En tasse, des notes ${de(a.fr)} et ${de(b.fr)}, **rondes et sucrées**. Aussi bon au filtre qu’à l’espresso.`,
        en: `A ${process.en} ${origin.en} coffee, roasted in small batches at the Comptoir. In the cup, notes of ${a.en} and ${b.en}, **round and sweet**. As good in a filter as it is as espresso.`,
      },
    };
  },
  options: [
    { option: WEIGHT, codes: ["250g", "500g", "1kg"] },
    { option: GRIND, codes: ["grains", "moulu"] },
  ],
  price: [890, 1590],
  grams: 15,
};

const TEA_KINDS: readonly Word[] = [
  { fr: "vert", en: "green" },
  { fr: "noir", en: "black" },
  { fr: "blanc", en: "white" },
  { fr: "oolong", en: "oolong" },
];

const TEA_ORIGINS: readonly Word[] = [
  { fr: "de Chine", en: "Chinese" },
  { fr: "du Japon", en: "Japanese" },
  { fr: "d’Inde", en: "Indian" },
  { fr: "de Ceylan", en: "Ceylon" },
  { fr: "du Népal", en: "Nepalese" },
  { fr: "de Taïwan", en: "Taiwanese" },
  { fr: "du Kenya", en: "Kenyan" },
  { fr: "du Vietnam", en: "Vietnamese" },
];

const TEA_NOTES: readonly Word[] = [
  { fr: "fleurs blanches", en: "white flowers" },
  { fr: "miel", en: "honey" },
  { fr: "malt", en: "malt" },
  { fr: "châtaigne", en: "chestnut" },
  { fr: "herbe fraîche", en: "fresh grass" },
  { fr: "pêche", en: "peach" },
  { fr: "agrumes", en: "citrus" },
  { fr: "amande", en: "almond" },
  { fr: "sous-bois", en: "forest floor" },
];

export const tea: Family = {
  id: "tea",
  series: LOT,
  compose(random) {
    const kind = random.pick(TEA_KINDS);
    const origin = random.pick(TEA_ORIGINS);
    const [a, b] = pickTwo(random, TEA_NOTES);
    return {
      name: { fr: `Thé ${kind.fr} ${origin.fr}`, en: `${origin.en} ${kind.en} tea` },
      description: {
        fr: `Un thé ${kind.fr} ${origin.fr} en feuilles entières, venu d’un jardin que nous suivons depuis plusieurs récoltes. Infusé trois minutes, il révèle des notes ${de(a.fr)} et ${de(b.fr)}. **Deux ou trois infusions** sont possibles avec les mêmes feuilles.`,
        en: `A whole-leaf ${origin.en} ${kind.en} tea from a garden we have followed for several harvests. Steeped for three minutes, it reveals notes of ${a.en} and ${b.en}. **The same leaves give two or three infusions.**`,
      },
    };
  },
  options: [{ option: WEIGHT, codes: ["50g", "100g", "250g"] }],
  price: [590, 1490],
  grams: 80,
};

const PLANTS: readonly Word[] = [
  { fr: "verveine", en: "lemon verbena" },
  { fr: "menthe poivrée", en: "peppermint" },
  { fr: "camomille", en: "chamomile" },
  { fr: "tilleul", en: "linden" },
  { fr: "hibiscus", en: "hibiscus" },
  { fr: "rooibos", en: "rooibos" },
  { fr: "gingembre", en: "ginger" },
  { fr: "fleur d’oranger", en: "orange blossom" },
  { fr: "citronnelle", en: "lemongrass" },
  { fr: "églantine", en: "rosehip" },
  { fr: "mélisse", en: "lemon balm" },
  { fr: "fenouil", en: "fennel" },
];

export const infusion: Family = {
  id: "infusion",
  series: LOT,
  compose(random) {
    const [a, b] = pickTwo(random, PLANTS);
    return {
      name: { fr: `Infusion ${a.fr} et ${b.fr}`, en: `${a.en} and ${b.en} infusion` },
      description: {
        fr: `Un mélange sans théine de ${a.fr} et de ${b.fr}, séchés doucement pour garder leurs arômes. **À savourer chaud le soir**, ou glacé l’été.`,
        en: `A caffeine-free blend of ${a.en} and ${b.en}, dried gently to keep their aromas. **Enjoy it hot in the evening**, or iced in summer.`,
      },
    };
  },
  options: [{ option: WEIGHT, codes: ["50g", "100g"] }],
  price: [590, 990],
  grams: 80,
};
