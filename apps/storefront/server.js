// Production server: `pnpm build` first, then `node server.js` (PORT defaults to 3000).
import { fileURLToPath } from "node:url";
import { exitOnConfigurationProblems } from "@comptoir/env";

// Before anything else is loaded: a misconfigured deploy stops here with every problem listed
// (docs/configuration.md), rather than at the first module that reads a variable.
exitOnConfigurationProblems("storefront");
// Then error reporting (only when SENTRY_DSN is set), before the Remix build is imported: the SDK
// must be running before the first request, and its traces wrap Remix (docs/observability.md).
const { startServerErrorReporting } = await import("@comptoir/observability");
await startServerErrorReporting({ service: "storefront" });
const { runAppServer } = await import("@comptoir/server");

await runAppServer({
  name: "storefront",
  buildDir: fileURLToPath(new URL("./build", import.meta.url)),
  defaultPort: 3000,
});
