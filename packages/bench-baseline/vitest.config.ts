import { vitestPreset } from "@comptoir/config/vitest";
import { mergeConfig } from "vitest/config";

// The test starts the built server (test/), it does not belong in the app's folder.
export default mergeConfig(vitestPreset(), { test: { include: ["test/**/*.test.ts"] } });
