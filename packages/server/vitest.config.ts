import { vitestPreset } from "@comptoir/config/vitest";
import { defineConfig } from "vitest/config";

// The database setup gives the readiness and shutdown tests their own migrated databases.
const preset = vitestPreset({ database: true });

export default defineConfig({ ...preset, test: { ...preset.test, include: ["src/**/*.test.js"] } });
