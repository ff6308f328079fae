// The hook every component translates with. In the browser it is react-i18next's. On the server
// a document is rendered once, from an instance that holds every text and never changes language
// (the document handler's, one per language): react-i18next's hook would still, in each of the
// sixty-odd components of a page, merge its options, build closures for its state and its three
// effects (which never run there) and check that the namespaces are loaded. The server's hook
// looks the instance up and hands out what it handed out before for the same namespaces and key
// prefix: the same `t` (shareFixedTs gives one per language, namespaces and prefix), the instance,
// and `ready`.
//
// Vite sets import.meta.env.SSR in each of an app's two builds (true for the server's, false for
// the browser's), so each build keeps one of the two hooks; Vitest sets it by test environment.
// Only code Vite or Vitest compiles may import this module (the apps' components): Node alone has
// no import.meta.env, hence its own entry point (@comptoir/i18n/react), outside the package's index.
import type { i18n as I18n } from "i18next";
import { useContext } from "react";
import { getI18n, I18nContext, useTranslation as useI18nextTranslation } from "react-i18next";

type ServerTranslation = [I18n["t"], I18n, boolean] & { t: I18n["t"]; i18n: I18n; ready: boolean };

const translationsByInstance = new WeakMap<I18n, Map<string, ServerTranslation>>();

function useServerTranslation(
  ns?: string | readonly string[],
  options: { keyPrefix?: string } = {},
): ServerTranslation {
  const context = useContext(I18nContext) as
    { i18n?: I18n; defaultNS?: string | readonly string[] } | undefined;
  const i18n = context?.i18n ?? getI18n();
  const namespaces = namespacesOf(ns ?? context?.defaultNS ?? i18n.options.defaultNS);
  const key = `${namespaces.join(",")}\n${options.keyPrefix ?? ""}`;
  let translations = translationsByInstance.get(i18n);
  if (!translations) {
    translations = new Map();
    translationsByInstance.set(i18n, translations);
  }
  const known = translations.get(key);
  if (known) return known;
  // Texts are looked up in the first namespace, as react-i18next's hook does by default.
  const getFixedT = i18n.getFixedT as (lng: null, ns: string, keyPrefix?: string) => I18n["t"];
  const t = getFixedT.call(i18n, null, namespaces[0] ?? "translation", options.keyPrefix);
  const ready = namespaces.every((name) => i18n.hasLoadedNamespace(name));
  const translation = Object.assign([t, i18n, ready] as [I18n["t"], I18n, boolean], { t, i18n, ready });
  // Kept once everything is there: an instance still loading texts would get a new `t` later.
  if (ready) translations.set(key, translation);
  return translation;
}

function namespacesOf(chosen: string | readonly string[] | false | undefined): string[] {
  if (typeof chosen === "string") return [chosen];
  return chosen && chosen.length > 0 ? [...chosen] : ["translation"];
}

export const useTranslation: typeof useI18nextTranslation = import.meta.env.SSR
  ? (useServerTranslation as unknown as typeof useI18nextTranslation)
  : useI18nextTranslation;
