import base from "@comptoir/config/eslint";

export default [
  ...base,
  {
    // The emulator's command-line entry reports to a terminal on purpose.
    files: ["src/emulator/cli.ts"],
    rules: { "no-console": "off" },
  },
];
