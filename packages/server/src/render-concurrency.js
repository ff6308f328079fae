// How many page reads (GET and HEAD: documents and their data) the app works on at once.
//
// A page's time is almost all the main thread's (loaders read a cached catalog, then React renders).
// Taking every request the moment it arrives does not serve pages sooner: 50 of them interleave on
// the one thread, each takes 50 times longer, and all their data is alive at once, long enough to
// outlive the young generation's collections and be copied into the old one, which grows and then
// takes full collections to empty. Working on a few at a time and queueing the rest (in arrival
// order) serves the same pages per second with a fraction of the memory in flight
// (docs/performance-notes.md). Writes (form posts, payments, webhooks) are never queued: they may
// wait on another service, and must not hold a page read behind them nor wait behind one. A GET
// that stays open (server-sent events, long polling) would hold its place for as long: there is
// none today; one would have to pass before this middleware.
export const DEFAULT_RENDER_CONCURRENCY = 4;

/**
 * Express middleware letting at most `max` GET or HEAD requests through at once; the others wait
 * their turn in arrival order. A request whose client goes away while it waits is dropped.
 * `max` 0 lets everything through.
 *
 * @param {{ max: number }} options
 * @returns {import("express").RequestHandler & { stats(): { active: number, waiting: number } }}
 */
export function limitConcurrentRenders({ max }) {
  let active = 0;
  /** Requests waiting their turn, in arrival order (some may have left since: they are skipped). */
  /** @type {Array<() => void>} */
  const queue = [];
  let waiting = 0;

  const startNext = () => {
    while (active < max && queue.length > 0) {
      const start = /** @type {() => void} */ (queue.shift());
      start();
    }
  };

  /** @type {import("express").RequestHandler} */
  const middleware = (request, response, next) => {
    if (max <= 0 || (request.method !== "GET" && request.method !== "HEAD")) {
      next();
      return;
    }
    let state = /** @type {"waiting" | "running" | "done"} */ ("waiting");
    const end = () => {
      if (state === "running") {
        active -= 1;
        state = "done";
        startNext();
      } else if (state === "waiting") {
        // Gone before its turn: it is skipped when its turn comes.
        state = "done";
        waiting -= 1;
      }
    };
    // "finish": the response is handed to the system; "close": the connection went away (either
    // way, whichever comes first frees the place).
    response.once("finish", end);
    response.once("close", end);
    const start = () => {
      if (state !== "waiting") return;
      state = "running";
      active += 1;
      next();
    };
    if (active < max) {
      start();
    } else {
      waiting += 1;
      queue.push(() => {
        if (state === "waiting") waiting -= 1;
        start();
      });
    }
  };
  return Object.assign(middleware, {
    stats: () => ({ active, waiting }),
  });
}
