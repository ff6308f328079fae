import pg from "pg";

export interface ChannelListener {
  close(): Promise<void>;
}

export interface ListenHandlers {
  /** A notification arrived on the channel. */
  onNotify(payload: string): void;
  /**
   * The connection was (re)established. Notifications sent while it was down are lost, so callers
   * holding state derived from the database should drop it here.
   */
  onConnected?(): void;
  /** The connection is down; the listener retries with a growing delay (up to 30 s). */
  onDisconnected?(error: unknown): void;
}

/**
 * LISTENs on a PostgreSQL channel over a dedicated connection (a pooled one would lose the
 * subscription), reconnecting after failures. PostgreSQL delivers a notification at commit, once
 * per identical payload per transaction.
 */
export function listenToChannel(url: string, channel: string, handlers: ListenHandlers): ChannelListener {
  let client: pg.Client | undefined;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    next.on("notification", (message) => {
      if (message.channel === channel) handlers.onNotify(message.payload ?? "");
    });
    next.on("error", (error) => lost(next, error));
    next.on("end", () => lost(next, new Error("connection ended")));
    try {
      await next.connect();
      await next.query(`LISTEN ${next.escapeIdentifier(channel)}`);
      if (closed) {
        await next.end();
        return;
      }
      client = next;
      attempt = 0;
      handlers.onConnected?.();
    } catch (error) {
      lost(next, error);
    }
  };

  const lost = (which: pg.Client, error: unknown) => {
    if (closed || (client && client !== which)) return;
    client = undefined;
    which.removeAllListeners();
    which.on("error", () => undefined);
    void which.end().catch(() => undefined);
    handlers.onDisconnected?.(error);
    if (retry) return;
    const delay = Math.min(30_000, 250 * 2 ** attempt++);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    // A retry timer alone must not keep a finished process alive.
    retry.unref();
  };

  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
