// Synthetic product families: Gift boxes.
import { EDITION, type Family, type Word } from "./family";
import { HAMPER_SIZE } from "../../data/options";

const GIFT_THEMES: readonly Word[] = [
  { fr: "découverte café", en: "coffee discovery" },
  { fr: "thés du monde", en: "teas of the world" },
  { fr: "gourmand", en: "gourmet" },
  { fr: "apéritif", en: "apéritif" },
  { fr: "petit-déjeuner", en: "breakfast" },
  { fr: "chocolats fins", en: "fine chocolate" },
  { fr: "douceurs d’érable", en: "maple treats" },
  { fr: "épicerie fine", en: "fine foods" },
];

export const gifts: Family = {
  id: "gifts",
  series: EDITION,
  compose(random) {
    const theme = random.pick(GIFT_THEMES);
    const count = random.int(4, 9);
    return {
      name: { fr: `Coffret ${theme.fr}`, en: `${theme.en} gift box` },
      description: {
        fr: `${count} produits choisis au Comptoir, réunis dans une boîte en carton recyclé avec une carte pour votre message. **Emballé avec soin**, prêt à offrir.`,
        en: `${count} products chosen at the Comptoir, packed in a recycled cardboard box with a card for your message. **Carefully wrapped**, ready to give.`,
      },
    };
  },
  options: [{ option: HAMPER_SIZE, codes: ["classic", "large"] }],
  price: [2900, 5900],
  grams: 1800,
};
