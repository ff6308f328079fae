import http from "node:http";
import { describe, expect, it } from "vitest";
import { startChild, stopChild, waitForHttp } from "./children";

describe("waitForHttp", () => {
  it("resolves once the server answers, whatever the status", async () => {
    const server = http.createServer((_request, response) => {
      response.statusCode = 302;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await expect(waitForHttp(`http://127.0.0.1:${port}/`, 2_000, () => true)).resolves.toBeUndefined();
    server.close();
  });

  it("gives up when the process died or time ran out", async () => {
    await expect(waitForHttp("http://127.0.0.1:9/", 5_000, () => false)).rejects.toThrow(
      /stopped before answering/,
    );
    await expect(waitForHttp("http://127.0.0.1:9/", 300, () => true)).rejects.toThrow(/no answer/);
  });
});

describe("stopChild", () => {
  it("stops a running process with SIGTERM", async () => {
    const child = startChild("sleeper", process.execPath, ["-e", "setInterval(() => {}, 1000)"], {
      cwd: process.cwd(),
      env: process.env,
    });
    await stopChild(child, 5_000);
    expect(child.process.signalCode).toBe("SIGTERM");
  });
});
