import type { CategoryData } from "../types";

/** The category tree, parents before their children; siblings keep this order on the storefront. */
export const CATEGORIES: readonly CategoryData[] = [
  {
    key: "cafe",
    theme: "coffee",
    name: { fr: "Café", en: "Coffee" },
    description: {
      fr: "Des cafés de spécialité torréfiés par petits lots, choisis pour leur origine et leur tasse.",
      en: "Speciality coffees roasted in small batches, chosen for their origin and what they bring to the cup.",
    },
  },
  {
    key: "cafe-grains",
    parent: "cafe",
    name: { fr: "Café en grains", en: "Whole bean coffee" },
    description: {
      fr: "À moudre juste avant l’infusion : c’est ainsi que les arômes restent les plus vifs.",
      en: "Grind just before brewing: that is how the aromas stay at their brightest.",
    },
  },
  {
    key: "cafe-moulu",
    parent: "cafe",
    name: { fr: "Café moulu", en: "Ground coffee" },
    description: {
      fr: "Moulu le jour de l’expédition, pour la cafetière filtre, le piston ou la moka.",
      en: "Ground on the day we ship, for drip machines, French presses and stovetop pots.",
    },
  },
  {
    key: "the-infusions",
    theme: "tea",
    name: { fr: "Thés et infusions", en: "Teas & infusions" },
    description: {
      fr: "Thés de jardin, grands classiques parfumés et infusions de plantes sans théine.",
      en: "Single-garden teas, scented classics and caffeine-free herbal infusions.",
    },
  },
  {
    key: "thes",
    parent: "the-infusions",
    name: { fr: "Thés", en: "Teas" },
    description: {
      fr: "Noirs, verts, blancs, oolongs : des feuilles entières venues de jardins que nous suivons.",
      en: "Black, green, white and oolong: whole leaves from gardens we follow closely.",
    },
  },
  {
    key: "infusions",
    parent: "the-infusions",
    name: { fr: "Infusions", en: "Herbal infusions" },
    description: {
      fr: "Plantes, fleurs et fruits séchés, à savourer à toute heure puisqu’elles sont sans théine.",
      en: "Dried herbs, flowers and fruit to enjoy at any hour, since they contain no caffeine.",
    },
  },
  {
    key: "chocolat",
    theme: "chocolate",
    name: { fr: "Chocolat", en: "Chocolate" },
    description: {
      fr: "Tablettes d’origine et bonbons faits main par des chocolatiers de Lyon et de Montréal.",
      en: "Single-origin bars and handmade bonbons from chocolatiers in Lyon and Montréal.",
    },
  },
  {
    key: "chocolat-tablettes",
    parent: "chocolat",
    name: { fr: "Tablettes", en: "Bars" },
    description: {
      fr: "Noir, lait ou blanc, nature ou garni : la tablette dans tous ses états.",
      en: "Dark, milk or white, plain or with inclusions: the chocolate bar in every form.",
    },
  },
  {
    key: "chocolat-bonbons",
    parent: "chocolat",
    name: { fr: "Bonbons et pralinés", en: "Bonbons & pralinés" },
    description: {
      fr: "Ganaches, pralinés et confiseries enrobées, à offrir ou à garder pour soi.",
      en: "Ganaches, pralinés and chocolate-coated confections, to give or to keep.",
    },
  },
  {
    key: "epicerie-fine",
    theme: "sweet",
    name: { fr: "Épicerie fine", en: "Fine foods" },
    description: {
      fr: "Le garde-manger du Comptoir : produits de terroir de France et du Québec.",
      en: "The Comptoir pantry: regional specialities from France and Québec.",
    },
  },
  {
    key: "epicerie-sucree",
    parent: "epicerie-fine",
    name: { fr: "Épicerie sucrée", en: "Sweet pantry" },
    description: {
      fr: "Miels, sirop d’érable, confitures et pâtes à tartiner pour des petits-déjeuners qui durent.",
      en: "Honey, maple syrup, jams and spreads for long, slow breakfasts.",
    },
  },
  {
    key: "epicerie-salee",
    parent: "epicerie-fine",
    theme: "savoury",
    name: { fr: "Épicerie salée", en: "Savoury pantry" },
    description: {
      fr: "Huiles, vinaigres, sels et condiments qui changent un plat tout simple.",
      en: "Oils, vinegars, salts and condiments that lift the simplest dish.",
    },
  },
  {
    key: "art-de-la-table",
    theme: "tableware",
    name: { fr: "Art de la table", en: "Tableware" },
    description: {
      fr: "Tasses, théières et vaisselle en grès ou en porcelaine, pour le service de tous les jours.",
      en: "Cups, teapots and stoneware or porcelain dishes for everyday use.",
    },
  },
  {
    key: "tasses-theieres",
    parent: "art-de-la-table",
    name: { fr: "Tasses et théières", en: "Cups & teapots" },
    description: {
      fr: "De l’espresso serré au grand bol de thé, une tasse pour chaque rituel.",
      en: "From a short espresso to a big mug of tea, a cup for every ritual.",
    },
  },
  {
    key: "vaisselle",
    parent: "art-de-la-table",
    name: { fr: "Assiettes et bols", en: "Plates & bowls" },
    description: {
      fr: "Pièces émaillées à la main, qui vont au lave-vaisselle et se dépareillent joliment.",
      en: "Hand-glazed pieces that are dishwasher safe and mix and match beautifully.",
    },
  },
  {
    key: "coffrets-cadeaux",
    theme: "gifts",
    name: { fr: "Coffrets cadeaux", en: "Gift boxes" },
    description: {
      fr: "Des assortiments composés au Comptoir, emballés avec soin et prêts à offrir.",
      en: "Selections put together at the Comptoir, carefully wrapped and ready to give.",
    },
  },
];
