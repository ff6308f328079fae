// Plain JavaScript: Vitest loads config files' dependencies with Node itself, which cannot read TypeScript.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const failOnConsole = fileURLToPath(new URL("./fail-on-console.ts", import.meta.url));

/**
 * The Vitest configuration every package starts from. `database: true` adds the global setup that
 * gives each integration test file its own migrated PostgreSQL database.
 *
 * @param {{ database?: boolean, environment?: "node" | "jsdom" }} [options]
 */
export function vitestPreset(options = {}) {
  return defineConfig({
    test: {
      environment: options.environment ?? "node",
      include: ["src/**/*.test.ts", "src/**/*.test.tsx", "app/**/*.test.ts", "app/**/*.test.tsx"],
      setupFiles: [failOnConsole],
      globalSetup: options.database ? ["@comptoir/db/testing/global-setup"] : [],
      testTimeout: 20_000,
      hookTimeout: 60_000,
      // Files run in parallel in separate processes; each integration file owns its database.
      pool: "forks",
    },
  });
}
