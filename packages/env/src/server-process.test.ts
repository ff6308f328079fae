import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_OPTIONS, SERVER_PROCESS_ENV, withServerProcessEnv } from "./index.js";

describe("the app servers' process settings", () => {
  it("are added to a server's environment, and what the environment sets wins", () => {
    expect(withServerProcessEnv({ PORT: "3000" })).toEqual({ ...SERVER_PROCESS_ENV, PORT: "3000" });
    expect(withServerProcessEnv({ MALLOC_ARENA_MAX: "4" }).MALLOC_ARENA_MAX).toBe("4");
  });

  it("add the young generation's size to the environment's own NODE_OPTIONS", () => {
    expect(SERVER_NODE_OPTIONS).toBe("--max-semi-space-size=8");
    expect(withServerProcessEnv({}).NODE_OPTIONS).toBe(SERVER_NODE_OPTIONS);
    expect(withServerProcessEnv({ NODE_OPTIONS: " " }).NODE_OPTIONS).toBe(SERVER_NODE_OPTIONS);
    expect(withServerProcessEnv({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(
      "--enable-source-maps --max-semi-space-size=8",
    );
    // A size chosen by whoever starts the server wins, in either spelling V8 accepts.
    expect(withServerProcessEnv({ NODE_OPTIONS: "--max-semi-space-size=32" }).NODE_OPTIONS).toBe(
      "--max-semi-space-size=32",
    );
    expect(withServerProcessEnv({ NODE_OPTIONS: "--inspect --max-semi-space-size 4" }).NODE_OPTIONS).toBe(
      "--inspect --max-semi-space-size 4",
    );
  });

  it("bound the young generation of a Node process started with them", () => {
    // Objects kept for a while, as pages in progress keep theirs: V8 grows the young generation to
    // its largest size (32 MB by default) to let them die there.
    const script = `
      const v8 = require("node:v8");
      const kept = new Array(40000);
      let largest = 0;
      for (let i = 0; i < 400000; i++) {
        kept[i % kept.length] = new Array(64).fill(i);
        if (i % 5000 === 0) {
          const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
          largest = Math.max(largest, space.space_size);
        }
      }
      process.stdout.write(String(largest));`;
    const largestNewSpace = (env: NodeJS.ProcessEnv) =>
      Number(execFileSync(process.execPath, ["-e", script], { env, encoding: "utf8" }));
    const MB = 1024 * 1024;
    expect(largestNewSpace({ PATH: process.env.PATH })).toBeGreaterThan(16 * MB);
    expect(largestNewSpace(withServerProcessEnv({ PATH: process.env.PATH }))).toBe(16 * MB);
  });

  it("are the image's too: its runtime stage sets each of them", () => {
    const dockerfile = readFileSync(new URL("../../../Dockerfile", import.meta.url), "utf8");
    const runtime = /FROM \S+ AS runtime\n([\s\S]*?)\nFROM /.exec(dockerfile)?.[1] ?? "";
    expect(runtime).toContain("ENV NODE_ENV=production");
    for (const [name, value] of Object.entries(SERVER_PROCESS_ENV)) {
      expect(runtime).toMatch(new RegExp(`^(ENV|\\s)[^\\n]*\\b${name}=${value}\\b`, "m"));
    }
  });
});
