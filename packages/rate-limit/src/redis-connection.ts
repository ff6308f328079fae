// One Redis connection per URL for the whole process: every limiter shares it.
import { Redis } from "ioredis";

const connections = new Map<string, Redis>();

/**
 * The shared connection to `url`, opened on first use. The offline queue is off: while Redis is
 * unreachable, commands fail at once and the limiters count in memory instead of making shoppers
 * wait for a reconnection (rate-limiter-flexible's advice for ioredis).
 */
export function redisConnection(url: string): Redis {
  let connection = connections.get(url);
  if (!connection) {
    connection = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    let warned = false;
    // Without a listener ioredis prints every failed reconnection attempt. One line per outage is
    // enough; the message never includes the URL, which may hold a password.
    connection.on("error", (error: NodeJS.ErrnoException) => {
      if (warned) return;
      warned = true;
      console.warn(
        `Rate limiting: Redis is unreachable (${error.code ?? error.message}); counting in this process's memory until it is back.`,
      );
    });
    connection.on("ready", () => {
      warned = false;
    });
    connections.set(url, connection);
  }
  return connection;
}

/** Closes every shared connection (graceful shutdown, end of a test file). */
export async function closeRateLimitConnections(): Promise<void> {
  const open = [...connections.values()];
  connections.clear();
  await Promise.all(open.map((connection) => connection.quit().catch(() => connection.disconnect())));
}
