import type { IncomingMessage, ServerResponse } from "node:http";

/** The part of Vite's development server the plugin uses (its connect middleware stack). */
export interface DevServerLike {
  middlewares: {
    use(
      handler: (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void,
    ): unknown;
  };
}

/** Structurally a Vite plugin: this package does not depend on Vite. */
export interface SameOriginPlugin {
  name: string;
  apply: "serve";
  configureServer(server: DevServerLike): void;
}

/** Refuses state-changing requests from other origins on the development server. */
export function sameOriginPlugin(): SameOriginPlugin;
