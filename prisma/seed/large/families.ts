// Word lists and sentence templates for the synthetic products of the large catalog. Each family
// writes products that could sit beside the demo ones in a category: "Café du Brésil lavé, lot 123",
// "Thé vert du Japon, lot 124"... The numbers keep names unique; the words keep them readable.
import { COLOUR, GRIND, HAMPER_SIZE, PACK, PIECES, VOLUME, WEIGHT } from "../data/options";
import type { Random } from "../images/random";
import type { Localized, OptionData } from "../types";

/** One option of a family's products and the value codes its variants may take. */
export interface FamilyOption {
  option: OptionData;
  codes: readonly string[];
}

export interface Family {
  id: string;
  /** The word before the product's number: "lot 123", "modèle 123"... */
  series: Localized;
  /** Picks words and returns the name (without the number) and a Markdown description. */
  compose(random: Random): { name: Localized; description: Localized };
  options: readonly FamilyOption[];
  /** Price of the smallest variant, in cents: a value is drawn in this range. */
  price: readonly [number, number];
  /** Packaging of weighed products, or the whole item, in grams. */
  grams: number;
}

type Word = Localized;

const LOT: Localized = { fr: "lot", en: "lot" };
const MODEL: Localized = { fr: "modèle", en: "model" };
const EDITION: Localized = { fr: "édition", en: "edition" };

/** "de " or "d’" before a French word: "de caramel", "d’agrumes". */
export function de(word: string): string {
  return /^[aeiouyhàâäéèêëîïôöûùüœ]/i.test(word) ? `d’${word}` : `de ${word}`;
}

/** Two different words of a list. */
function pickTwo(random: Random, words: readonly Word[]): [Word, Word] {
  const first = random.pick(words);
  let second = random.pick(words);
  while (second === first) second = random.pick(words);
  return [first, second];
}

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

const coffee: Family = {
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

const tea: Family = {
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

const infusion: Family = {
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

const COCOA_ORIGINS: readonly Word[] = [
  { fr: "Pérou", en: "Peru" },
  { fr: "Madagascar", en: "Madagascar" },
  { fr: "Équateur", en: "Ecuador" },
  { fr: "Venezuela", en: "Venezuela" },
  { fr: "Ghana", en: "Ghana" },
  { fr: "Vietnam", en: "Vietnam" },
  { fr: "São Tomé", en: "São Tomé" },
  { fr: "Belize", en: "Belize" },
  { fr: "Tanzanie", en: "Tanzania" },
  { fr: "Colombie", en: "Colombia" },
  { fr: "Haïti", en: "Haiti" },
];

const COCOA_NOTES: readonly Word[] = [
  { fr: "fruits rouges", en: "red fruit" },
  { fr: "agrumes", en: "citrus" },
  { fr: "fruits secs", en: "dried fruit" },
  { fr: "réglisse", en: "liquorice" },
  { fr: "café", en: "coffee" },
  { fr: "caramel", en: "caramel" },
  { fr: "épices douces", en: "warm spices" },
  { fr: "banane", en: "banana" },
];

const chocolateBar: Family = {
  id: "chocolate-bar",
  series: LOT,
  compose(random) {
    const origin = random.pick(COCOA_ORIGINS);
    const dark = random.chance(0.65);
    const percent = dark ? random.pick([64, 66, 70, 72, 75, 80, 85]) : random.pick([38, 40, 42, 45, 48]);
    const kind = dark ? { fr: "noir", en: "dark" } : { fr: "au lait", en: "milk" };
    const [a, b] = pickTwo(random, COCOA_NOTES);
    return {
      name: {
        fr: `Chocolat ${kind.fr} ${percent} % ${origin.fr}`,
        en: `${origin.en} ${percent}% ${kind.en} chocolate`,
      },
      description: {
        fr: `Une tablette de 100 g faite de fèves fermentées et séchées sur place par une coopérative. Notes ${de(a.fr)} et ${de(b.fr)}, **longue en bouche**.`,
        en: `A 100 g bar made from beans fermented and dried at origin by a cooperative. Notes of ${a.en} and ${b.en}, with **a long finish**.`,
      },
    };
  },
  options: [{ option: PACK, codes: ["single", "three"] }],
  price: [590, 1090],
  grams: 110,
};

const BONBON_KINDS: readonly Word[] = [
  { fr: "Ganaches", en: "ganaches" },
  { fr: "Pralinés", en: "pralinés" },
  { fr: "Truffes", en: "truffles" },
  { fr: "Bouchées", en: "bites" },
];

const BONBON_FLAVOURS: readonly Word[] = [
  { fr: "au cassis", en: "blackcurrant" },
  { fr: "au thé Earl Grey", en: "Earl Grey" },
  { fr: "à la framboise", en: "raspberry" },
  { fr: "au caramel", en: "caramel" },
  { fr: "à l’érable", en: "maple" },
  { fr: "au café", en: "coffee" },
  { fr: "au yuzu", en: "yuzu" },
  { fr: "à la pistache", en: "pistachio" },
  { fr: "au gingembre", en: "ginger" },
  { fr: "à la noisette", en: "hazelnut" },
  { fr: "au miel", en: "honey" },
  { fr: "aux fruits de la passion", en: "passion fruit" },
];

const bonbons: Family = {
  id: "bonbons",
  series: LOT,
  compose(random) {
    const kind = random.pick(BONBON_KINDS);
    const flavour = random.pick(BONBON_FLAVOURS);
    return {
      name: { fr: `${kind.fr} ${flavour.fr}`, en: `${flavour.en} ${kind.en}` },
      description: {
        fr: `Une recette de notre chocolatier lyonnais, préparée à la main chaque semaine avec un enrobage de chocolat noir 66 %. **À conserver entre 15 et 18 °C** et à déguster dans les trois semaines.`,
        en: `A recipe from our chocolatier in Lyon, made by hand every week and coated in 66% dark chocolate. **Keep between 15 and 18 °C** and enjoy within three weeks.`,
      },
    };
  },
  options: [{ option: PIECES, codes: ["9", "12", "16", "24"] }],
  price: [990, 1590],
  grams: 60,
};

const REGIONS: readonly Word[] = [
  { fr: "de Provence", en: "Provence" },
  { fr: "du Roussillon", en: "Roussillon" },
  { fr: "d’Alsace", en: "Alsace" },
  { fr: "du Québec", en: "Québec" },
  { fr: "de Lorraine", en: "Lorraine" },
  { fr: "du Périgord", en: "Périgord" },
  { fr: "de Bretagne", en: "Brittany" },
  { fr: "de Savoie", en: "Savoy" },
];

const FRUITS: readonly Word[] = [
  { fr: "abricots", en: "apricot" },
  { fr: "fraises", en: "strawberry" },
  { fr: "figues", en: "fig" },
  { fr: "mirabelles", en: "mirabelle plum" },
  { fr: "cerises noires", en: "black cherry" },
  { fr: "oranges amères", en: "Seville orange" },
  { fr: "framboises", en: "raspberry" },
  { fr: "bleuets", en: "blueberry" },
  { fr: "rhubarbe", en: "rhubarb" },
];

const jam: Family = {
  id: "jam",
  series: LOT,
  compose(random) {
    const fruit = random.pick(FRUITS);
    const region = random.pick(REGIONS);
    const percent = random.pick([55, 60, 65, 70]);
    return {
      name: { fr: `Confiture ${de(fruit.fr)} ${region.fr}`, en: `${region.en} ${fruit.en} jam` },
      description: {
        fr: `Cuite en petites bassines de cuivre avec ${percent} % de fruits, cette confiture ${de(fruit.fr)} ${region.fr} garde de vrais morceaux. **Parfaite sur une tartine beurrée**, ou avec un fromage blanc.`,
        en: `Cooked in small copper pans with ${percent}% fruit, this ${region.en} ${fruit.en} jam keeps real pieces of fruit. **Perfect on buttered toast**, or with fresh cheese.`,
      },
    };
  },
  options: [{ option: WEIGHT, codes: ["220g", "400g"] }],
  price: [590, 890],
  grams: 180,
};

const FLOWERS: readonly Word[] = [
  { fr: "acacia", en: "acacia" },
  { fr: "châtaignier", en: "chestnut" },
  { fr: "tilleul", en: "linden" },
  { fr: "bruyère", en: "heather" },
  { fr: "romarin", en: "rosemary" },
  { fr: "sapin", en: "fir" },
  { fr: "fleurs sauvages", en: "wildflower" },
  { fr: "trèfle", en: "clover" },
];

const honey: Family = {
  id: "honey",
  series: LOT,
  compose(random) {
    const flower = random.pick(FLOWERS);
    const region = random.pick(REGIONS);
    return {
      name: { fr: `Miel ${de(flower.fr)} ${region.fr}`, en: `${region.en} ${flower.en} honey` },
      description: {
        fr: `Un miel ${de(flower.fr)} récolté par un apiculteur ${region.fr}, extrait à froid et jamais chauffé. **Il cristallise naturellement** : c’est le signe d’un miel brut.`,
        en: `A ${flower.en} honey gathered by a beekeeper in ${region.en}, cold-extracted and never heated. **It crystallises naturally**: the sign of a raw honey.`,
      },
    };
  },
  options: [{ option: WEIGHT, codes: ["250g", "500g", "1kg"] }],
  price: [890, 1290],
  grams: 180,
};

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

const oil: Family = {
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

const condiment: Family = {
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

const cups = tableware(
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

const dishes = tableware(
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

const gifts: Family = {
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

/** The families that fill each demo category; other categories borrow their top-level parent's. */
export const FAMILIES_BY_CATEGORY: Readonly<Record<string, readonly Family[]>> = {
  cafe: [coffee],
  "cafe-grains": [coffee],
  "cafe-moulu": [coffee],
  "the-infusions": [tea, infusion],
  thes: [tea],
  infusions: [infusion],
  chocolat: [chocolateBar, bonbons],
  "chocolat-tablettes": [chocolateBar],
  "chocolat-bonbons": [bonbons],
  "epicerie-fine": [jam, honey, oil, condiment],
  "epicerie-sucree": [jam, honey],
  "epicerie-salee": [oil, condiment],
  "art-de-la-table": [cups, dishes],
  "tasses-theieres": [cups],
  vaisselle: [dishes],
  "coffrets-cadeaux": [gifts],
};

/** For a category nobody planned for (added later through the admin, say). */
export const FALLBACK_FAMILIES: readonly Family[] = [gifts];
