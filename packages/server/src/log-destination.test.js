import { describe, expect, it } from "vitest";
import { logDestination } from "./log-destination.js";

describe("logDestination", () => {
  it("writes asynchronously outside development, and pretty-prints in development", async () => {
    const production = await logDestination({ nodeEnv: "production" });
    // A SonicBoom in asynchronous mode: lines are buffered while a write is in flight.
    expect(production.stream).toMatchObject({ sync: false, fd: 1 });
    production.flush();
    const development = await logDestination({ nodeEnv: "development" });
    expect(development.stream).not.toHaveProperty("fd");
    expect(typeof development.stream.write).toBe("function");
  });
});
