import { slugify } from "@comptoir/validators/slug";

export { slugify };

/** Hands out slugs unique within one scope, adding -2, -3... to repeats. */
export function uniqueSlugs(): (text: string) => string {
  const taken = new Set<string>();
  return (text) => {
    const base = slugify(text) || "item";
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}
