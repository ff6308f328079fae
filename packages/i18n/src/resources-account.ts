// The texts of the storefront's account area, in both languages. They travel with the area's own
// code (its layout route adds them, see useResources) rather than with every page of the shop:
// most visitors never open their account, and every page they see is smaller for it.
import enAccount from "./resources/en/account.json";
import frAccount from "./resources/fr/account.json";
import type { I18nResources } from "./instance";

export const accountResources = {
  fr: { account: frAccount },
  en: { account: enAccount },
} satisfies I18nResources;
