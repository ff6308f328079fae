import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, parseBenchArgs } from "./options";

describe("parseBenchArgs", () => {
  it("defaults to 15 s at 50 connections after a 5 s warm-up, reusing the database", () => {
    expect(parseBenchArgs([])).toEqual({ ...DEFAULT_OPTIONS, fresh: false, help: false });
    expect(DEFAULT_OPTIONS).toEqual({ durationSeconds: 15, connections: 50, warmupSeconds: 5 });
  });

  it("reads every option, in both spellings", () => {
    expect(parseBenchArgs(["--duration", "30", "--connections=100", "--warmup", "0", "--fresh"])).toEqual({
      durationSeconds: 30,
      connections: 100,
      warmupSeconds: 0,
      fresh: true,
      help: false,
    });
    expect(parseBenchArgs(["-h"]).help).toBe(true);
  });

  it("refuses what it does not understand, in one line", () => {
    expect(() => parseBenchArgs(["--duration", "0"])).toThrow("--duration needs a whole number above 0");
    expect(() => parseBenchArgs(["--connections", "ten"])).toThrow('(got "ten")');
    expect(() => parseBenchArgs(["--warmup", "-1"])).toThrow();
    expect(() => parseBenchArgs(["--duration", "1.5"])).toThrow("--duration");
    expect(() => parseBenchArgs(["--fast"])).toThrow(/fast/);
    expect(() => parseBenchArgs(["extra"])).toThrow();
  });
});
