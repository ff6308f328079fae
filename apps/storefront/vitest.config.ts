import { vitestPreset } from "@comptoir/config/vitest";

// Some tests run the pages' loaders and actions against the real API: each such file gets its database.
export default vitestPreset({ database: true });
