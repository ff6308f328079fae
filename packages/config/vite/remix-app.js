// The Vite configuration of both Remix apps. Plain JavaScript: Vite loads it through Node.
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

/**
 * @param {{ port: number }} options  The dev server's port (the launcher passes --port too).
 */
export function remixAppConfig({ port }) {
  return defineConfig({
    plugins: [
      remix({
        // Every v3 flag on: moving to React Router 7 is then a codemod, not a rewrite.
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
          v3_routeConfig: true,
        },
      }),
      tsconfigPaths(),
    ],
    server: { port, strictPort: true },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Some dependencies (zod) place /*#__PURE__*/ comments where Rollup cannot use them:
          // harmless, and not ours to fix.
          if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules")) return;
          warn(warning);
        },
      },
    },
  });
}
