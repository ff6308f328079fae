// The texts the admin's browser code needs (see resources-storefront.ts for why a module of its own).
import enAdmin from "./resources/en/admin.json";
import enCommon from "./resources/en/common.json";
import enErrors from "./resources/en/errors.json";
import frAdmin from "./resources/fr/admin.json";
import frCommon from "./resources/fr/common.json";
import frErrors from "./resources/fr/errors.json";
import type { I18nResources } from "./instance";

export const adminResources = {
  fr: { common: frCommon, admin: frAdmin, errors: frErrors },
  en: { common: enCommon, admin: enAdmin, errors: enErrors },
} satisfies I18nResources;
