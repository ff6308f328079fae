import { vitestPreset } from "@comptoir/config/vitest";
import { defineConfig } from "vitest/config";

const preset = vitestPreset({ database: true });

// The preset looks for tests under src/ and app/; this package keeps them beside the seed. The list is
// replaced rather than merged (mergeConfig would concatenate the two arrays).
export default defineConfig({ ...preset, test: { ...preset.test, include: ["seed/**/*.test.ts"] } });
