import type { Server } from "node:http";

export interface ServerOptions {
  /** The app's name, for messages ("storefront", "admin"). */
  name: string;
  /** Absolute path of the app's `build/` folder. */
  buildDir: string;
  /** Port to listen on (0 = any free port). */
  port: number;
  /** Interface to bind; all interfaces by default. */
  host?: string;
}

export function startAppServer(
  options: ServerOptions,
): Promise<{ server: Server; url: string; close: () => Promise<void> }>;
export function runAppServer(options: { name: string; buildDir: string; defaultPort: number }): Promise<void>;
