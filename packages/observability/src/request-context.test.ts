import { describe, expect, it } from "vitest";
import { runWithRequestLogContext, setRequestUser } from "./request-context.js";

describe("request log context", () => {
  it("lets code deep in a request's async work name the user, and only that request's", async () => {
    const first: { userId?: string } = {};
    const second: { userId?: string } = {};
    await Promise.all([
      runWithRequestLogContext(first, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        setRequestUser("user_1");
      }),
      runWithRequestLogContext(second, async () => {
        await Promise.resolve();
      }),
    ]);
    expect(first).toEqual({ userId: "user_1" });
    expect(second).toEqual({});
    expect(() => setRequestUser("nobody")).not.toThrow();
  });
});
