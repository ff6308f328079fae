import { hydrateApp } from "@comptoir/ui/entry-client";
import { storefrontResources } from "@comptoir/i18n/resources/storefront";

hydrateApp(storefrontResources);
