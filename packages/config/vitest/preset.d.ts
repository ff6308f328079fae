import type { ViteUserConfig } from "vitest/config";

export function vitestPreset(options?: {
  database?: boolean;
  environment?: "node" | "jsdom";
}): ViteUserConfig;
