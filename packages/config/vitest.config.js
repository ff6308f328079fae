import { defineConfig } from "vitest/config";
import { vitestPreset } from "./vitest/preset.js";

const preset = vitestPreset();

export default defineConfig({ ...preset, test: { ...preset.test, include: ["vite/**/*.test.js"] } });
