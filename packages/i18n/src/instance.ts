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

/**
 * What identifies a fixed t's call among those of the same language, namespaces and key prefix: the
 * key, and its options when they hold only simple values (`{ count: 2 }`, a formatted price).
 * Undefined for a call that cannot be remembered (objects or functions among its options).
 */
function lookupId(args: unknown[]): string | undefined {
  const [key, options] = args;
  if (typeof key !== "string" || args.length > 2) return undefined;
  if (args.length === 1 || options === undefined) return key;
  if (typeof options !== "object" || options === null) return undefined;
  for (const value of Object.values(options)) {
    if (typeof value === "object" ? value !== null : typeof value === "function") return undefined;
  }
  return `${key}\u0000${JSON.stringify(options)}`;
}

/**
 * A component's lookups (`t("key")`, `t("key", { count })`) are answered from a map per language,
 * namespace and key prefix before i18next's fixed t even builds its options (it makes an object per
 * call, which the memo above then takes apart). useTranslation asks for a fixed t at every render,
 * so the map is found once per component, and the language once per lookup (a browser may change
 * it).
 */
function memoizePlainKeys(instance: i18n): void {
  type FixedT = ((...args: unknown[]) => unknown) & { lng?: unknown; ns?: unknown; keyPrefix?: unknown };
  const getFixedT = instance.getFixedT.bind(instance) as unknown as (...args: unknown[]) => FixedT;
  // language → namespaces and key prefix → key → text
  const texts = new Map<string, Map<string, Map<string, unknown>>>();
  instance.store.on("added", () => texts.clear());
  const textsOf = (language: string, scope: string) => {
    let byScope = texts.get(language);
    if (!byScope) texts.set(language, (byScope = new Map()));
    let byKey = byScope.get(scope);
    if (!byKey || byKey.size >= MEMO_LIMIT) byScope.set(scope, (byKey = new Map()));
    return byKey;
  };
  instance.getFixedT = ((lng: unknown, ns: unknown, keyPrefix: unknown, ...rest: unknown[]) => {
    const fixed = getFixedT(lng, ns, keyPrefix, ...rest);
    const scopeIsSimple =
      rest.length === 0 &&
      (lng === undefined || lng === null || typeof lng === "string") &&
      (keyPrefix === undefined || typeof keyPrefix === "string") &&
      (ns === undefined || ns === null || typeof ns === "string" || Array.isArray(ns));
    if (!scopeIsSimple) return fixed;
    const scope = JSON.stringify([ns ?? null, keyPrefix ?? null]);
    const t = (...args: unknown[]) => {
      const id = lookupId(args);
      if (id === undefined) return fixed(...args);
      const byKey = textsOf(typeof lng === "string" ? lng : instance.language, scope);
      let text = byKey.get(id);
      if (text === undefined) {
        text = fixed(...args);
        byKey.set(id, text);
      }
      return text;
    };
    // What i18next's own fixed t carries (react-i18next reads them).
    return Object.assign(t, { lng: fixed.lng, ns: fixed.ns, keyPrefix: fixed.keyPrefix });
  }) as unknown as i18n["getFixedT"];
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
  memoizePlainKeys(instance);
  return instance;
}
