import { describe, expect, it } from "vitest";
import {
  closeRequestLogContext,
  openRequestLogContext,
  REQUEST_LOG_HEADER,
  setRequestUser,
} from "./request-context.js";

const headersFor = (key: string | null) => new Headers(key ? { [REQUEST_LOG_HEADER]: key } : {});

describe("request log context", () => {
  it("lets code holding a request's headers name the user, in that request's context only", () => {
    const first: { userId?: string } = {};
    const second: { userId?: string } = {};
    const firstKey = openRequestLogContext(first);
    const secondKey = openRequestLogContext(second);
    expect(firstKey).not.toBe(secondKey);
    setRequestUser(headersFor(firstKey), "user_1");
    expect(first).toEqual({ userId: "user_1" });
    expect(second).toEqual({});
    closeRequestLogContext(firstKey);
    closeRequestLogContext(secondKey);
  });

  it("does nothing once the context is closed, for unknown keys and without the header", () => {
    const context: { userId?: string } = {};
    const key = openRequestLogContext(context);
    closeRequestLogContext(key);
    setRequestUser(headersFor(key), "late");
    expect(context).toEqual({});
    expect(() => setRequestUser(headersFor("made-up-by-a-client"), "nobody")).not.toThrow();
    expect(() => setRequestUser(headersFor(null), "nobody")).not.toThrow();
  });
});
