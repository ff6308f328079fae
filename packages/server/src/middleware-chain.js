// Connect-style middleware run in order on Node's own request and response, without Express: the
// server's path for everything but static files (index.js). Express's router, and the request and
// response objects it makes its own for every request, cost about a tenth of a page's CPU
// (docs/performance-notes.md); this does only what those middleware need.

/**
 * @typedef {import("node:http").IncomingMessage} Req
 * @typedef {import("node:http").ServerResponse & { locals?: Record<string, unknown> }} Res
 * @typedef {(req: Req, res: Res, next: (error?: unknown) => void) => unknown} Middleware
 */

/**
 * A request listener running `middleware` in order, then `last`. Each gets `res.locals`, as under
 * Express. An error passed to `next` or thrown goes to `fail`, and so does a request that `last`
 * passed on (nothing answered it).
 *
 * @param {Middleware[]} middleware
 * @param {Middleware} last
 * @param {(error: unknown, req: Req, res: Res) => void} fail
 * @returns {(req: Req, res: Res) => void}
 */
export function middlewareChain(middleware, last, fail) {
  const steps = [...middleware, last];
  return (req, res) => {
    res.locals ??= {};
    let index = 0;
    /** @param {unknown} [error] */
    const next = (error) => {
      if (error !== undefined) {
        fail(error, req, res);
        return;
      }
      const step = steps[index];
      index += 1;
      if (!step) {
        fail(new Error(`Nothing answered ${req.method} ${req.url}`), req, res);
        return;
      }
      try {
        const result = step(req, res, next);
        // An async middleware's rejection is a failure too (Express 4 would lose it).
        if (result instanceof Promise) result.catch(next);
      } catch (thrown) {
        next(thrown ?? new Error("A middleware threw nothing"));
      }
    };
    next();
  };
}
