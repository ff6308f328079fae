// Stopping an HTTP server without cutting an answer short: stop accepting connections, let the
// requests in flight finish, close keep-alive connections as they fall idle, and cut what is left
// at the deadline (a client holding a connection open must not keep a deploy waiting forever).

/**
 * Marks every answer sent while the server stops with `Connection: close`, so that clients open
 * their next connection elsewhere (another replica) instead of reusing this one.
 *
 * @param {() => boolean} isDraining
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, next: () => void) => void}
 */
export function closeConnectionsWhileDraining(isDraining) {
  return (_request, response, next) => {
    if (isDraining()) response.setHeader("Connection", "close");
    next();
  };
}

/**
 * Resolves once every connection is closed, or at the deadline after closing those left.
 *
 * @param {import("node:http").Server} server
 * @param {{ timeoutMs: number }} options
 * @returns {Promise<{ timedOut: boolean }>}
 */
export function drainHttpServer(server, { timeoutMs }) {
  return new Promise((resolve) => {
    /** @type {NodeJS.Timeout | undefined} */
    let sweeper;
    /** @type {NodeJS.Timeout | undefined} */
    let deadline;
    let timedOut = false;
    server.close(() => {
      clearInterval(sweeper);
      clearTimeout(deadline);
      resolve({ timedOut });
    });
    // close() closes the connections idle right now; a busy keep-alive connection becomes idle once
    // its answer is sent (if the client ignored Connection: close): close those as they go.
    sweeper = setInterval(() => server.closeIdleConnections(), 50);
    deadline = setTimeout(() => {
      timedOut = true;
      server.closeAllConnections();
    }, timeoutMs);
  });
}
