import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps local paths and refuses anything that leaves the site", () => {
    expect(safeRedirectPath("/products?page=2")).toBe("/products?page=2");
    for (const target of [
      "https://evil.test",
      "//evil.test",
      "/\\evil.test",
      "products",
      "",
      null,
      undefined,
    ]) {
      expect(safeRedirectPath(target)).toBe("/");
    }
  });
});
