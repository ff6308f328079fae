import { createInstance, type i18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "@comptoir/validators/locales";
import { i18nextOptions } from "./options";
import type { Namespace } from "./resources";

/** Option keys that only say where to look a text up (react-i18next's fixed t passes these). */
const LOOKUP_OPTIONS = new Set(["lng", "lngs", "ns", "keyPrefix"]);
const MEMO_LIMIT = 10_000;

type Primitive = string | number | boolean | undefined;

function isPrimitive(value: unknown): value is Primitive {
  return value === undefined || ["string", "number", "boolean"].includes(typeof value);
}

/**
 * Texts are static, so a call with the same key and the same simple values (a count, a price
 * already formatted) always gives the same string: remember it. i18next resolves every call anew
 * (fallbacks, namespaces, plural rules, interpolation), which on a page of a hundred labels costs
 * more than the page's own data. Calls with objects in their options are passed through.
 */
function memoizeLookups(instance: i18n): void {
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const memo = new Map<string, unknown>();
  // Texts added later (an area's own namespace, see useResources) may answer keys looked up before.
  instance.store.on("added", () => memo.clear());
  instance.t = ((...args: unknown[]) => {
    const [key, options] = args;
    if (typeof key !== "string" || args.length > 2) return translate(...args);
    if (options !== undefined && (typeof options !== "object" || options === null)) return translate(...args);
    const { lng, ns, keyPrefix, ...values } = (options ?? {}) as Record<string, unknown>;
    if (!isPrimitive(lng) || !isPrimitive(keyPrefix) || !(isPrimitive(ns) || Array.isArray(ns)))
      return translate(...args);
    const entries = Object.entries(values).filter(([name]) => !LOOKUP_OPTIONS.has(name));
    if (!entries.every(([, value]) => isPrimitive(value))) return translate(...args);
    const id = JSON.stringify([lng ?? instance.language, ns ?? null, keyPrefix ?? null, key, entries]);
    let text = memo.get(id);
    if (text === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      text = translate(...args);
      memo.set(id, text);
    }
    return text;
  }) as unknown as TFunction;
}

/** Texts by locale and namespace: every namespace on the server, an app's own in its browser bundle. */
export type I18nResources = Record<Locale, Partial<Record<Namespace, Record<string, unknown>>>>;

/** A ready i18next instance for one locale (server: shared by requests; browser: one per page). */
export function createI18n(locale: Locale, resources: I18nResources): i18n {
  const instance = createInstance();
  void instance
    .use(initReactI18next)
    .init({ ...i18nextOptions, resources, ns: Object.keys(resources[locale]), lng: locale });
  memoizeLookups(instance);
  return instance;
}
