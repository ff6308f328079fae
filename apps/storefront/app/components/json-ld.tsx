/**
 * schema.org data for search engines, inlined in the page. JSON.stringify leaves "</script>" and
 * "<!--" as they are, which would end or disturb the script element: "<" is written as \u003c (still
 * the same JSON). U+2028 and U+2029 are escaped too, for consumers that read the data as JavaScript.
 */
export function JsonLd({ data }: { data: object | object[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(data) }} />;
}

function inlineJson(data: object | object[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
