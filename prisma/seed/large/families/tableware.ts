// Synthetic product families: Cups, teapots and dishes.
import { COLOUR } from "../../data/options";
import { MODEL, type Family, type FamilyOption, type Word } from "./family";

const MATERIALS: readonly Word[] = [
  { fr: "grès", en: "stoneware" },
  { fr: "porcelaine", en: "porcelain" },
  { fr: "faïence", en: "earthenware" },
];

const COLLECTIONS: readonly string[] = [
  "Belleville",
  "Outremont",
  "Camargue",
  "Rosemont",
  "Arles",
  "Ménilmontant",
  "Limoilou",
  "Estérel",
];

const COLOURS: FamilyOption = {
  option: COLOUR,
  codes: COLOUR.values.map((value) => value.code),
};

function tableware(id: string, objects: readonly Word[], price: [number, number], grams: number): Family {
  return {
    id,
    series: MODEL,
    compose(random) {
      const object = random.pick(objects);
      const material = random.pick(MATERIALS);
      const collection = random.pick(COLLECTIONS);
      return {
        name: {
          fr: `${object.fr} en ${material.fr} ${collection}`,
          en: `${collection} ${material.en} ${object.en}`,
        },
        description: {
          fr: `Tournée et émaillée à la main dans un petit atelier, chaque pièce de la collection ${collection} est un peu différente des autres. **Passe au lave-vaisselle et au micro-ondes.**`,
          en: `Thrown and glazed by hand in a small workshop, every piece of the ${collection} collection is a little different from the others. **Dishwasher and microwave safe.**`,
        },
      };
    },
    options: [COLOURS],
    price,
    grams,
  };
}

export const cups = tableware(
  "cups",
  [
    { fr: "Tasse", en: "cup" },
    { fr: "Mug", en: "mug" },
    { fr: "Tasse à espresso", en: "espresso cup" },
    { fr: "Théière", en: "teapot" },
  ],
  [1290, 3490],
  320,
);

export const dishes = tableware(
  "dishes",
  [
    { fr: "Assiette plate", en: "dinner plate" },
    { fr: "Assiette creuse", en: "soup plate" },
    { fr: "Assiette à dessert", en: "dessert plate" },
    { fr: "Bol", en: "bowl" },
    { fr: "Saladier", en: "salad bowl" },
    { fr: "Plat de service", en: "serving dish" },
  ],
  [1490, 3990],
  650,
);
