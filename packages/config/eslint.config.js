// Shared ESLint flat config. Each package's eslint.config.js spreads it and adds what is specific.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export const base = tseslint.config(
  {
    ignores: [
      "**/build/**",
      "**/dist/**",
      "**/node_modules/**",
      "**/generated/**",
      "**/.turbo/**",
      "**/test-results/**",
      "**/playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Command-line entry points talk to a terminal on purpose.
    files: ["**/cli/**", "**/*-cli.ts", "**/dev/**", "**/scripts/**", "**/seed*.ts"],
    rules: { "no-console": "off" },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies: `async ({}, use) => ...`.
    files: ["**/e2e/**"],
    rules: { "no-empty-pattern": "off" },
  },
);

export const react = tseslint.config(...base, {
  files: ["**/*.tsx"],
  languageOptions: { globals: { ...globals.browser } },
  plugins: { "react-hooks": reactHooks },
  rules: {
    "react-hooks/rules-of-hooks": "error",
    "react-hooks/exhaustive-deps": "warn",
    // Server renders translate through @comptoir/i18n's hook, much lighter there (use-translation.ts).
    "no-restricted-imports": [
      "error",
      {
        paths: [
          {
            name: "react-i18next",
            importNames: ["useTranslation"],
            message: 'Import useTranslation from "@comptoir/i18n/react".',
          },
        ],
      },
    ],
  },
});

export default base;
