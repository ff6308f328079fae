import { hydrateApp } from "@comptoir/ui/entry-client";

hydrateApp();
