import type { i18n } from "i18next";

const SHARED_LIMIT = 1_000;

/**
 * For an instance that renders many pages (the server's, one per language): the same fixed t is
 * handed out again for the same language, namespaces and key prefix. react-i18next's useTranslation
 * asks for one at every render of every component that translates (about sixty on a category
 * page), and each call built new closures (i18next's and createI18n's). One that names no
 * language follows the instance's, and a new one is handed out after a change of language:
 * react-i18next re-renders a component when its t changes. A browser's instance renders a page a
 * few times and does without (its bundle does not carry this).
 */
export function shareFixedTs<I extends i18n>(instance: I): I {
  type GetFixedT = (...args: unknown[]) => unknown;
  const getFixedT = instance.getFixedT.bind(instance) as unknown as GetFixedT;
  const shared = new Map<string, unknown>();
  instance.getFixedT = ((lng: unknown, ns: unknown, keyPrefix: unknown, ...rest: unknown[]) => {
    const simple =
      rest.length === 0 &&
      (lng == null || typeof lng === "string") &&
      (keyPrefix === undefined || typeof keyPrefix === "string") &&
      (ns == null ||
        typeof ns === "string" ||
        (Array.isArray(ns) && ns.every((name) => typeof name === "string")));
    if (!simple) return getFixedT(lng, ns, keyPrefix, ...rest);
    const id = JSON.stringify([lng ?? null, instance.language, ns ?? null, keyPrefix ?? null]);
    let fixed = shared.get(id);
    if (fixed === undefined) {
      if (shared.size >= SHARED_LIMIT) shared.clear();
      fixed = getFixedT(lng, ns, keyPrefix);
      shared.set(id, fixed);
    }
    return fixed;
  }) as unknown as I["getFixedT"];
  return instance;
}
