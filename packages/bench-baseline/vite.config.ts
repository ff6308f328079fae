// Remix's Vite plugin with its own entry files, and the storefront's future flags (single fetch,
// lazy route discovery...), which change what a document carries and costs.
import { REMIX_FUTURE } from "@comptoir/config/vite";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({ plugins: [remix({ future: REMIX_FUTURE })] });
