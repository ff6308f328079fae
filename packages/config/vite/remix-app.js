// The Vite configuration of both Remix apps. Plain JavaScript: Vite loads it through Node.
import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import license from "rollup-plugin-license";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { asciiServerBuild } from "./ascii-server-build.js";

/** Every v3 flag on: moving to React Router 7 is then a codemod, not a rewrite. */
export const REMIX_FUTURE = Object.freeze({
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  v3_singleFetch: true,
  v3_lazyRouteDiscovery: true,
  v3_routeConfig: true,
});

/**
 * The browser's scripts are minified by Terser, in two passes, writing the ES2020 that the browsers
 * Vite builds for all read: about 4 kB (3%) less gzipped JavaScript per page than Vite's default
 * (esbuild), for a slower build. The server's build stays
 * readable (Vite does not minify it), for stack traces.
 *
 * The licence notices of the bundled libraries (React's, Remix's...) are not repeated in each
 * script, where they cost every page about 0.7 kB gzipped: they are gathered once, with every
 * bundled package's licence text, in `third-party-licenses.txt` beside the scripts (served at
 * /third-party-licenses.txt), as webpack does by default.
 * @returns {import("vite").PluginOption[]}
 */
function browserMinifier() {
  const browserBuildOnly = (
    /** @type {unknown} */ _config,
    /** @type {import("vite").ConfigEnv} */ { command, isSsrBuild },
  ) => command === "build" && !isSsrBuild;
  return [
    {
      name: "comptoir:browser-minifier",
      config(_config, { isSsrBuild }) {
        if (isSsrBuild) return undefined;
        return {
          build: {
            minify: "terser",
            terserOptions: {
              compress: { passes: 2 },
              format: { comments: false, ecma: 2020 },
              safari10: false,
            },
          },
        };
      },
    },
    {
      ...license({
        thirdParty: {
          includePrivate: false,
          output: { file: path.resolve("build", "client", "third-party-licenses.txt") },
        },
      }),
      apply: browserBuildOnly,
    },
  ];
}

/**
 * @param {{ port: number }} options  The dev server's port (the launcher passes --port too).
 */
export function remixAppConfig({ port }) {
  return defineConfig({
    plugins: [
      remix({
        future: REMIX_FUTURE,
      }),
      tsconfigPaths(),
      browserMinifier(),
      // Half the server build's memory (ascii-server-build.js).
      asciiServerBuild(),
    ],
    server: { port, strictPort: true },
    optimizeDeps: {
      // The dependency scanner of the dev server follows every import of a route module, loaders'
      // included, down to the native password hasher, whose browser build it cannot resolve. A
      // failed scan leaves the browser's prebundled dependencies outdated (HTTP 504) and the page
      // never hydrates. Nothing in the browser uses it: the server code is stripped from the bundle.
      exclude: ["@node-rs/argon2"],
    },
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
