import { describe, expect, it } from "vitest";
import { doneFlag, replyFor, withDone } from "./account-form";
import { accountStatusOf } from "./account-form.server";

describe("the account forms' one-shot messages", () => {
  it("read only the messages the page knows", () => {
    const known = ["saved", "deleted"] as const;
    expect(doneFlag(new URLSearchParams("done=saved"), known)).toBe("saved");
    expect(doneFlag(new URLSearchParams("done=<script>"), known)).toBeNull();
    expect(doneFlag(new URLSearchParams(""), known)).toBeNull();
  });

  it("are added to a path with or without a query", () => {
    expect(withDone("/fr/compte/adresses", "created")).toBe("/fr/compte/adresses?done=created");
    expect(withDone("/fr/compte/commandes?page=2", "x")).toBe("/fr/compte/commandes?page=2&done=x");
  });
});

describe("an action's answer", () => {
  it("belongs to the form that was sent only", () => {
    const reply = { intent: "email", result: { status: "error" as const, error: { newEmail: ["x"] } } };
    expect(replyFor(reply, "email")).toBe(reply.result);
    expect(replyFor(reply, "profile")).toBeUndefined();
    expect(replyFor(undefined, "profile")).toBeUndefined();
  });

  it("carries the status that says what kind of refusal it is", () => {
    expect(accountStatusOf("RATE_LIMITED")).toBe(429);
    expect(accountStatusOf("NOT_FOUND")).toBe(404);
    expect(accountStatusOf("REAUTHENTICATION_REQUIRED")).toBe(403);
    expect(accountStatusOf("PASSWORD_INCORRECT")).toBe(400);
  });
});
