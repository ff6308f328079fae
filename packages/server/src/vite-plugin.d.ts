import type { IncomingMessage, ServerResponse } from "node:http";
import type { DestinationStream } from "pino";

/** The part of Vite's development server the plugins use (its connect middleware stack). */
export interface DevServerLike {
  /** Loads a module of the development build (the request log reads the route table). */
  ssrLoadModule?(url: string): Promise<Record<string, unknown>>;
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

export interface RequestLogPlugin {
  name: string;
  apply: "serve";
  configureServer(
    server: DevServerLike & { ssrLoadModule(url: string): Promise<Record<string, unknown>> },
  ): Promise<void>;
}

/** Writes the production server's request log lines on the development server, pretty-printed. */
export function requestLogPlugin(options: {
  name: string;
  destination?: DestinationStream;
}): RequestLogPlugin;
