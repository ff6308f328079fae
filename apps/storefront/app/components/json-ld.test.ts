import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "./json-ld";

function render(data: object | object[]): string {
  return renderToStaticMarkup(createElement(JsonLd, { data }));
}

function scriptBody(html: string): string {
  const match = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html);
  if (!match?.[1]) throw new Error(`Not a single JSON-LD script: ${html}`);
  return match[1];
}

describe("JsonLd", () => {
  it("renders the data as a JSON-LD script", () => {
    const data = { "@context": "https://schema.org", "@type": "Organization", name: "Comptoir" };
    expect(JSON.parse(scriptBody(render(data)))).toEqual(data);
  });

  it("renders a list of objects", () => {
    const data = [{ "@type": "Organization" }, { "@type": "WebSite" }];
    expect(JSON.parse(scriptBody(render(data)))).toEqual(data);
  });

  it("cannot be closed or commented out by the data, and stays the same JSON", () => {
    const data = { name: "</script><script>alert(1)</script><!-- x", text: "a\u2028b\u2029c & d > e" };
    const body = scriptBody(render(data));
    expect(body).not.toContain("<");
    expect(body).not.toMatch(/[\u2028\u2029]/);
    expect(body).toContain("\\u003c/script>");
    expect(body).toContain("\\u2028");
    expect(JSON.parse(body)).toEqual(data);
  });
});
