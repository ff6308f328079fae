// SIGTERM under load, on the storefront's production build (`node server.js`, as it ships): every
// request the server took must get its whole answer, and the process must exit 0.
import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "@comptoir/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("../../../apps/storefront", import.meta.url));

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return typeof address === "object" && address ? address.port : 0;
}

/**
 * @typedef {{ id: string, startedAt: number, outcome: "complete" | "refused" | "broken", detail?: string }} Attempt
 */

describe("node server.js on SIGTERM", () => {
  /** @type {import("@comptoir/db/testing").TestDatabase} */
  let database;

  beforeAll(async () => {
    database = await createTestDatabase("shutdown");
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("answers every request it accepted, in full, then exits 0", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ["server.js"], {
      cwd: appDir,
      env: {
        ...process.env,
        NODE_ENV: "test",
        LOG_LEVEL: "info",
        PORT: String(port),
        DATABASE_URL: database.url,
        SHUTDOWN_TIMEOUT_MS: "10000",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let hasExited = false;
    /** @type {Promise<number | null>} */
    const exited = new Promise((resolve) =>
      child.once("exit", (code) => {
        hasExited = true;
        resolve(code);
      }),
    );

    // Ready when /readyz says so: the database is reachable and migrated.
    for (let i = 0; ; i += 1) {
      const ready = await fetch(`${url}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (ready === 200) break;
      if (i > 200 || hasExited) throw new Error(`the server never got ready: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    /** @type {Attempt[]} */
    const attempts = [];
    let running = true;
    let sent = 0;
    const client = async (/** @type {number} */ n) => {
      while (running) {
        const id = `load-${n}-${(sent += 1)}`;
        /** @type {Attempt} */
        const attempt = { id, startedAt: Date.now(), outcome: "refused" };
        attempts.push(attempt);
        let response;
        try {
          response = await fetch(`${url}/en`, { headers: { "x-request-id": id } });
        } catch (error) {
          // No answer at all: the connection was refused or closed before the request was taken.
          attempt.detail = String(/** @type {Error} */ (error).cause ?? error);
          if (attempt.detail.includes("ECONNREFUSED")) running = false;
          continue;
        }
        try {
          const body = await response.text();
          // A whole page: the document, then the end of Remix's data stream, which comes last.
          const complete =
            response.status === 200 &&
            body.includes("</html>") &&
            body.trimEnd().endsWith("streamController.close();</script><!--/$--><!--/$-->");
          attempt.outcome = complete ? "complete" : "broken";
          attempt.detail = `${response.status}`;
        } catch (error) {
          attempt.outcome = "broken";
          attempt.detail = String(error);
        }
      }
    };
    const clients = Array.from({ length: 32 }, (_, n) => client(n));
    // Let the load settle (a few dozen pages served), then stop the server in the middle of it.
    const loadStart = Date.now();
    while (attempts.filter((attempt) => attempt.outcome === "complete").length < 40) {
      if (Date.now() - loadStart > 30_000) throw new Error(`too slow: ${attempts.length} attempts`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const signalledAt = Date.now();
    child.kill("SIGTERM");
    const code = await exited;
    running = false;
    await Promise.all(clients);

    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line));
    const handled = new Map(
      lines.filter((line) => line.msg === "request").map((line) => [line.requestId, line]),
    );
    const broken = attempts.filter((attempt) => attempt.outcome === "broken");
    expect(broken).toEqual([]);
    // Every request the server logged (it took it) got a complete answer on the client's side.
    for (const attempt of attempts) {
      if (handled.has(attempt.id)) expect(attempt.outcome).toBe("complete");
    }
    const complete = attempts.filter((attempt) => attempt.outcome === "complete");
    expect(complete.length).toBeGreaterThanOrEqual(40);
    for (const line of handled.values()) {
      expect(line).toMatchObject({ status: 200, method: "GET", route: "/en" });
      expect(line.aborted).toBeUndefined();
    }
    // Some requests were in flight when the signal came, and were answered after it.
    const inFlight = complete.filter((attempt) => attempt.startedAt < signalledAt && handled.has(attempt.id));
    expect(inFlight.length).toBeGreaterThan(0);
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(["storefront stopping: finishing the requests in flight", "storefront stopped"]),
    );
    expect(lines.find((line) => line.msg === "storefront stopped")).toMatchObject({ timedOut: false });
  }, 90_000);
});
