import { describe, expect, it } from "vitest";
import { doReferenceWork, timeReferenceWork } from "./reference-work";

describe("the reference work", () => {
  it("is the same work at every call (its result does not change)", () => {
    const first = doReferenceWork();
    expect(first).toBeGreaterThan(0);
    expect(doReferenceWork()).toBe(first);
  });

  it("is timed in milliseconds", () => {
    const ms = timeReferenceWork();
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10_000);
  });
});
