import { hydrateApp } from "@comptoir/ui/entry-client";
import { loadStorefrontResources } from "@comptoir/i18n/resources/storefront";

// The page's language only: the texts of the other language are never downloaded.
hydrateApp(loadStorefrontResources);
