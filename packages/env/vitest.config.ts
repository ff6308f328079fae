import { vitestPreset } from "@comptoir/config/vitest";

export default vitestPreset();
