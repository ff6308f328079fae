import type { UserConfig } from "vite";

export function remixAppConfig(options: { port: number }): UserConfig;
