// Where the servers' log lines go. pino writes to stdout synchronously by default: every request
// would then block the event loop on a write(2) to a pipe a log collector may be slow to drain.
// Here lines go through an asynchronous SonicBoom: while one write is in flight the next lines are
// buffered and leave in one write, so a busy server makes fewer, larger writes and never waits.
// The price is that buffered lines must be flushed before the process exits (flushLogs below).
// In development, lines are pretty-printed instead (pino-pretty, colours, one line per request).
import pino from "pino";

/**
 * @param {{ nodeEnv: string }} options
 * @returns {Promise<{ stream: import("pino").DestinationStream, flush: () => void }>}
 */
export async function logDestination({ nodeEnv }) {
  if (nodeEnv === "development") {
    // Loaded only here: production never loads the pretty printer.
    const { default: pretty } = await import("pino-pretty");
    const stream = pretty({ colorize: true, translateTime: "HH:MM:ss.l", ignore: "pid,hostname,name" });
    return { stream, flush: () => undefined };
  }
  const stream = pino.destination({ dest: 1, sync: false });
  return {
    stream,
    flush: () => {
      // flushSync throws while the stream is still opening (nothing was written yet): nothing to flush.
      try {
        stream.flushSync();
      } catch {
        /* nothing buffered */
      }
    },
  };
}
