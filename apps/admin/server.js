// Production server: `pnpm build` first, then `node server.js` (PORT defaults to 3001).
import { fileURLToPath } from "node:url";
import { runAppServer } from "@comptoir/server";

await runAppServer({
  name: "admin",
  buildDir: fileURLToPath(new URL("./build", import.meta.url)),
  defaultPort: 3001,
});
