import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_PROCESS_ENV, withServerProcessEnv } from "./index.js";

describe("the app servers' process settings", () => {
  it("are added to a server's environment, and what the environment sets wins", () => {
    expect(withServerProcessEnv({ PORT: "3000" })).toEqual({ ...SERVER_PROCESS_ENV, PORT: "3000" });
    expect(withServerProcessEnv({ MALLOC_ARENA_MAX: "4" }).MALLOC_ARENA_MAX).toBe("4");
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
