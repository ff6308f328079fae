import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { REDACTED } from "./redact.js";

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ name: "test", level: "info", destination }), lines };
}

describe("createLogger", () => {
  it("writes one JSON line with level, time, service and the fields", () => {
    const { logger, lines } = captureLogger();
    logger.info({ route: "/fr", status: 200, userId: "u1" }, "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      service: "test",
      route: "/fr",
      status: 200,
      msg: "request",
    });
    expect(typeof lines[0]?.time).toBe("string");
  });

  it("masks secrets in any nested field, by key and by pattern", () => {
    const { logger, lines } = captureLogger();
    logger.warn(
      {
        user: { id: "u1", email: "jeanne@example.fr", password: "hunter2hunter2" },
        request: { headers: { cookie: "comptoir_session=abc", Authorization: "Bearer abc.def" } },
        details: [{ resetToken: "tok_123" }, { note: "card 4242 4242 4242 4242 declined" }],
        error: new Error("login failed for jeanne@example.fr"),
        database: "postgres://comptoir:s3cret@db:5432/shop",
        sessionId: "s-very-secret",
      },
      "login failed for paul@example.com with Bearer xyz",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      "jeanne@",
      "hunter2",
      "abc.def",
      "comptoir_session=abc",
      "tok_123",
      "4242 4242",
      "s3cret",
      "s-very-secret",
      "paul@",
      "xyz",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ user: { id: "u1", email: REDACTED, password: REDACTED } });
  });
});
