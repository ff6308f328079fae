// The page behind Express as Remix's own Express adapter serves it, and nothing else: no
// compression, no logging, no static files. `node server.js` after `pnpm build`; PORT (default 3000).
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const build = await import(fileURLToPath(new URL("./build/server/index.js", import.meta.url)));
const app = express();
app.disable("x-powered-by");
app.all("*", createRequestHandler({ build, mode: "production" }));
app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1");
