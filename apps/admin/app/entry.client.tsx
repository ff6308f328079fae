import { hydrateApp } from "@comptoir/ui/entry-client";
import { adminResources } from "@comptoir/i18n/resources/admin";

hydrateApp(adminResources);
