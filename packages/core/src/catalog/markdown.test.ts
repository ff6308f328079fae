import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders emphasis, lists and links", () => {
    expect(renderMarkdown("Un café **doux**.\n\n- cacao\n- noisette")).toBe(
      "<p>Un café <strong>doux</strong>.</p>\n<ul>\n<li>cacao</li>\n<li>noisette</li>\n</ul>",
    );
    expect(renderMarkdown("[recette](https://example.com/r)")).toBe(
      '<p><a href="https://example.com/r">recette</a></p>',
    );
  });

  it("escapes raw HTML and neutralises dangerous links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain("&lt;script&gt;");
  });
});
