// The page-read limiter, in front of a real Express app on a real socket: pages held open by the
// test show who is let through, in which order, and what frees a place.
import http from "node:http";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { limitConcurrentRenders } from "./render-concurrency.js";

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/**
 * An app whose every route waits until the test releases it, behind the limiter.
 * @param {number} max
 */
async function startApp(max) {
  const limiter = limitConcurrentRenders({ max });
  /** @type {string[]} */
  const started = [];
  /** @type {Map<string, () => void>} */
  const holds = new Map();
  const app = express();
  app.use(limiter);
  app.all("/:id", (request, response) => {
    const id = request.params.id ?? "";
    started.push(`${request.method} ${id}`);
    holds.set(id, () => response.end(`done ${id}`));
  });
  const server = http.createServer(app);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  });
  return {
    limiter,
    started,
    /** @param {string} id */
    release: (id) => {
      const end = holds.get(id);
      if (!end) throw new Error(`${id} has not started`);
      end();
    },
    /** @param {string} id @param {string} [method] @param {AbortSignal} [signal] */
    request: (id, method = "GET", signal) =>
      fetch(`http://127.0.0.1:${port}/${id}`, { method, signal }).then((response) => response.text()),
  };
}

/** @param {() => boolean} condition */
async function until(condition) {
  for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
}

/** Gives the server time to receive requests (that must then not start). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("limitConcurrentRenders", () => {
  it("works on `max` page reads at once and starts the others in arrival order as places free", async () => {
    const app = await startApp(2);
    const answers = [app.request("a"), app.request("b")];
    await until(() => app.started.length === 2);
    // One at a time, so that the arrival order is known.
    answers.push(app.request("c"));
    await until(() => app.limiter.stats().waiting === 1);
    answers.push(app.request("d"));
    await until(() => app.limiter.stats().waiting === 2);
    await settle();
    expect(app.started).toEqual(["GET a", "GET b"]);
    expect(app.limiter.stats()).toEqual({ active: 2, waiting: 2 });

    app.release("b");
    await until(() => app.started.length === 3);
    expect(app.started[2]).toBe("GET c");
    app.release("a");
    await until(() => app.started.length === 4);
    expect(app.started[3]).toBe("GET d");
    app.release("c");
    app.release("d");
    expect(await Promise.all(answers)).toEqual(["done a", "done b", "done c", "done d"]);
    expect(app.limiter.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("queues HEAD requests like GET, and lets writes through at once, even when page reads fill it", async () => {
    const app = await startApp(1);
    const answers = [app.request("a")];
    await until(() => app.started.length === 1);
    answers.push(app.request("b", "HEAD"));
    await until(() => app.limiter.stats().waiting === 1);
    answers.push(app.request("post", "POST"), app.request("delete", "DELETE"));
    await until(() => app.started.length === 3);
    expect(app.started.slice(1).sort()).toEqual(["DELETE delete", "POST post"]);
    app.release("post");
    app.release("delete");
    await settle();
    expect(app.started).toHaveLength(3);
    app.release("a");
    await until(() => app.started.length === 4);
    expect(app.started[3]).toBe("HEAD b");
    app.release("b");
    await Promise.all(answers);
    expect(app.limiter.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("drops a request whose client left while it waited, and frees the place of one that left while running", async () => {
    const app = await startApp(1);
    const leaving = new AbortController();
    const first = app.request("a", "GET", leaving.signal).catch((error) => error.name);
    await until(() => app.started.length === 1);
    const gone = new AbortController();
    const abandoned = app.request("b", "GET", gone.signal).catch((error) => error.name);
    await until(() => app.limiter.stats().waiting === 1);
    const last = app.request("c");
    await until(() => app.limiter.stats().waiting === 2);

    gone.abort();
    expect(await abandoned).toBe("AbortError");
    await until(() => app.limiter.stats().waiting === 1);
    // The running one's client leaves too: its place goes to "c", and "b" is never worked on.
    leaving.abort();
    expect(await first).toBe("AbortError");
    await until(() => app.started.length === 2);
    expect(app.started).toEqual(["GET a", "GET c"]);
    app.release("c");
    expect(await last).toBe("done c");
    expect(app.limiter.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("lets everything through at once with max 0", async () => {
    const app = await startApp(0);
    const answers = ["a", "b", "c"].map((id) => app.request(id));
    await until(() => app.started.length === 3);
    for (const id of ["a", "b", "c"]) app.release(id);
    expect(await Promise.all(answers)).toEqual(["done a", "done b", "done c"]);
  });
});
