import type { Linter } from "eslint";

export const base: Linter.Config[];
export const react: Linter.Config[];
declare const config: Linter.Config[];
export default config;
