// A test that logs console.error (or console.warn) has hidden a failure: make it fail instead.
import { afterEach, beforeEach, vi } from "vitest";

let messages: string[] = [];

beforeEach(() => {
  messages = [];
  for (const level of ["error", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      messages.push(`console.${level}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (messages.length > 0) {
    throw new Error(`Unexpected console output during the test:\n${messages.join("\n")}`);
  }
});
