import type { i18n } from "i18next";
import { useTranslation } from "react-i18next";
import type { I18nResources } from "./instance";

/**
 * Adds the namespaces of `resources` that `instance` does not have yet. Idempotent: a namespace it
 * already holds is left as it is.
 */
export function addMissingResources(instance: i18n, resources: I18nResources): void {
  for (const [locale, namespaces] of Object.entries(resources)) {
    for (const [namespace, texts] of Object.entries(namespaces)) {
      if (texts && !instance.hasResourceBundle(locale, namespace)) {
        instance.addResourceBundle(locale, namespace, texts);
      }
    }
  }
}

/**
 * For a part of an app that brings its own texts with its code (the storefront's account area):
 * called at the top of its layout, it adds them to the page's i18next instance before the
 * components under it look them up, at hydration as after a client-side navigation. On the server
 * the instance holds every namespace already, so nothing changes there.
 */
export function useResources(resources: I18nResources): void {
  const { i18n } = useTranslation();
  addMissingResources(i18n, resources);
}
