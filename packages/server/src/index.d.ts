import type { Server } from "node:http";
import type { Logger } from "pino";

export interface ServerOptions {
  /** The app's name, for messages ("storefront", "admin"). */
  name: string;
  /** Absolute path of the app's `build/` folder. */
  buildDir: string;
  /** Port to listen on (0 = any free port). */
  port: number;
  /** Interface to bind; all interfaces by default. */
  host?: string;
  /** Request and lifecycle logs; @comptoir/observability's on stdout by default. */
  logger?: Logger;
  /** Checked by /readyz; prisma/migrations above the build by default. */
  migrationsDir?: string;
}

export interface AppServer {
  server: Server;
  url: string;
  logger: Logger;
  /** Stops gracefully (see stop) within SHUTDOWN_TIMEOUT_MS. */
  close(): Promise<void>;
  /**
   * Answers /readyz 503, stops accepting connections, lets requests in flight finish (until the
   * deadline), then closes the readiness probe's connection and the app's database pool.
   */
  stop(options?: { timeoutMs?: number }): Promise<{ timedOut: boolean }>;
  /** Writes buffered log lines now (before process.exit). */
  flushLogs(): void;
}

/**
 * What loaders and actions receive as `context.requestLog`: set `userId` once the session is
 * known, and the request's log line carries it.
 */
export interface RequestLogContext {
  userId?: string;
}

export function startAppServer(options: ServerOptions): Promise<AppServer>;
export function runAppServer(options: { name: string; buildDir: string; defaultPort: number }): Promise<void>;
