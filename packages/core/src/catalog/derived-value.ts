// A page rarely sends a cached catalog value as it is: the product page keeps what it renders of a
// product and adds its trail and alternates. Made at every request, that shape is a new object each
// time, and what the cache did once for its values (content-digest.ts: the digest that stands in
// for the value in a page's ETag, the mark that lets the data encoder write it again as it did
// before) is lost. Made once per cached value instead, and sealed like it, it keeps both.
import { contentDigestOf, sealValue } from "./content-digest";

const derivedBySource = new WeakMap<object, Map<string, unknown>>();

/**
 * `derive(source)`, made once per cached value and kind of view (`key`), sealed (and each of its
 * properties), and handed out
 * again for the same source until the cache replaces that source (a catalog change): the old
 * source and what was derived from it then go together. A source the cache did not seal (not a
 * cached value) gets a new, unsealed view at every call: nothing says it will not change.
 *
 * `derive` must depend on the source and the key alone: what it returns is shared by every request.
 */
export function derivedFrom<S extends object, T>(source: S, key: string, derive: (source: S) => T): T {
  if (contentDigestOf(source) === undefined) return derive(source);
  let views = derivedBySource.get(source);
  if (!views) {
    views = new Map();
    derivedBySource.set(source, views);
  }
  if (views.has(key)) return views.get(key) as T;
  const view = derive(source);
  // A page sends a view in parts (each where the page reads it): each part is sealed on its own
  // too, first (sealing leaves a frozen value alone), then the whole.
  if (view !== null && typeof view === "object" && !Array.isArray(view)) {
    for (const part of Object.values(view)) sealValue(part, JSON.stringify(part) ?? "");
  }
  sealValue(view, JSON.stringify(view) ?? "");
  views.set(key, view);
  return view;
}
