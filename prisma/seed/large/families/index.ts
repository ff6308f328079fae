import { coffee, infusion, tea } from "./drinks";
import { gifts } from "./gifts";
import { condiment, oil } from "./savoury";
import { bonbons, chocolateBar, honey, jam } from "./sweets";
import { cups, dishes } from "./tableware";
import type { Family } from "./family";

export { de, type Family, type FamilyOption } from "./family";

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
