// Synthetic product families: Chocolate bars, bonbons, jams and honeys.
import { REGIONS, LOT, de, pickTwo, type Family, type Word } from "./family";
import { PACK, PIECES, WEIGHT } from "../../data/options";

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

export const chocolateBar: Family = {
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

export const bonbons: Family = {
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

export const jam: Family = {
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

export const honey: Family = {
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
