import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  it("keeps only the fields that differ, nested values compared whole", () => {
    expect(
      changedFields(
        { status: "DRAFT", name: { fr: "Thé", en: "Tea" }, stock: 3, version: "1" },
        { status: "ACTIVE", name: { fr: "Thé", en: "Tea" }, stock: 3, version: "2" },
        ["version"],
      ),
    ).toEqual({ before: { status: "DRAFT" }, after: { status: "ACTIVE" } });
  });

  it("records everything as new when there was nothing before, and added or removed fields as null", () => {
    expect(changedFields(null, { a: 1 })).toEqual({ before: null, after: { a: 1 } });
    expect(changedFields({ a: 1 }, { b: 2 })).toEqual({
      before: { a: 1, b: null },
      after: { a: null, b: 2 },
    });
  });
});
