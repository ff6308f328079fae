import { describe, expect, it } from "vitest";
import { transformWithEsbuild } from "vite";
import { asciiServerBuild } from "./ascii-server-build.js";

const SOURCE = `
export const quote = "l’épicerie — « fine »";
export const entities = { "&rsquo;": "’", "&hellip;": "…", "&#x1F600;": "😀" };
export const template = \`\${quote} ✓\`;
export const accents = /[àâäéèêëîïôöùûüç’]/u;
export const emoji = /😀/u;
export const ħello = "identifier";
export function parse(text) {
  return (
    text.length > 0 && // A comment with “quotes”, which esbuild keeps inside an expression.
    /’/.test(text)
  );
}
export const classes = /[à-ÿ]+/.exec("déjà")[0];
`;

/** @param {string} code */
async function evaluate(code) {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/**
 * The chunk's code once the plugin's hooks have run, as Vite runs them.
 * @param {string} code @param {{ ssr: boolean }} [build]
 */
async function render(code, build = { ssr: true }) {
  const plugin = asciiServerBuild();
  /** @type {Function} */ (plugin.configResolved).call({}, { build });
  const chunk = { type: "chunk", fileName: "server-build.js", code, map: null };
  await /** @type {Function} */ (plugin.generateBundle).call({}, {}, { [chunk.fileName]: chunk });
  return chunk.code;
}

describe("asciiServerBuild", () => {
  it("applies to the server's build only", async () => {
    expect(asciiServerBuild().apply).toBe("build");
    expect(await render(SOURCE, { ssr: false })).toBe(SOURCE);
  });

  it("writes the chunk in ASCII, with the same values", async () => {
    const result = { code: await render(SOURCE) };
    expect(result.code).toMatch(/^[\x00-\x7f]*$/);
    const [before, after] = await Promise.all([evaluate(SOURCE), evaluate(result.code)]);
    expect(after.quote).toBe("l’épicerie — « fine »");
    // Regular expressions are written differently: compared by what they match, below.
    const { accents, emoji, parse, ...values } = after;
    const { accents: _a, emoji: _e, parse: _p, ...valuesBefore } = before;
    expect(values).toEqual(valuesBefore);
    expect(accents.test("’")).toBe(true);
    expect(accents.test("x")).toBe(false);
    expect(emoji.test("😀")).toBe(true);
    expect(emoji.test("\uD83D")).toBe(false);
    expect(after.ħello).toBe("identifier");
    expect(after.parse("l’été")).toBe(true);
    expect(result.code).toContain("// A comment with \\u201Cquotes\\u201D");
    expect(after.classes).toBe("éjà".slice(0, 1));
  });

  it("keeps a chunk's source map pointing to its sources", async () => {
    const built = await transformWithEsbuild(SOURCE, "app/catalog.js", { loader: "js", sourcemap: true });
    const plugin = asciiServerBuild();
    /** @type {Function} */ (plugin.configResolved).call({}, { build: { ssr: true } });
    const chunk = { type: "chunk", fileName: "server-build.js", code: built.code, map: { ...built.map } };
    await /** @type {Function} */ (plugin.generateBundle).call({}, {}, { [chunk.fileName]: chunk });
    expect(chunk.code).toMatch(/^[\x00-\x7f]*$/);
    expect(chunk.map.sources).toEqual(["app/catalog.js"]);
    expect(chunk.map.mappings).not.toBe(built.map.mappings);
  });

  it("leaves a tagged template's text as written, since the tag reads it raw", async () => {
    const source = "export const raw = String.raw`l’été`;\n";
    const result = { code: await render(source) };
    expect(result.code).toContain("`l’été`");
    expect((await evaluate(result.code)).raw).toBe("l’été");
  });

  it("stops the build at a backslash before a non-ASCII character, whose meaning would change", async () => {
    await expect(render("export const r = /\\’/;\n")).rejects.toThrow(/server-build.js:1: a backslash/);
  });

  it("leaves a chunk that is ASCII already as it is", async () => {
    expect(await render('export const a = "plain";\n')).toBe('export const a = "plain";\n');
  });
});
