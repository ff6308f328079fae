import { vitestPreset } from "@comptoir/config/vitest";
import { defineConfig } from "vitest/config";

const preset = vitestPreset();

export default defineConfig({ ...preset, test: { ...preset.test, include: ["src/**/*.test.js"] } });
