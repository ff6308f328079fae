// The server's build written in ASCII. V8 keeps a script's source for the life of the process (to
// compile functions lazily), in one byte per character when every character fits in Latin-1 and in
// two otherwise: a few thousand typographic quotes and an HTML entity table in 3.4 MB of server
// code made the whole build 6.9 MB of memory. Written with \u escapes instead, it takes 3.4 MB.
import { parse } from "acorn";
import { transformWithEsbuild } from "vite";

const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_UNITS = /[^\x00-\x7f]/g;

/**
 * esbuild escapes strings, templates and names, but leaves comments, regular expressions and tagged
 * templates' raw text as written. Comments and regular expressions are escaped here, one UTF-16 unit
 * at a time, where acorn's parse finds them: in a regular expression `\uXXXX` matches that unit (a
 * pair of them one character, with the u flag), in a comment it is only text. A tagged template
 * would read the escape itself: it is left alone (and the build then stays in two bytes).
 * @param {string} code
 * @param {string} fileName
 */
function escapeCommentsAndPatterns(code, fileName) {
  /** @type {Array<[number, number]>} */
  const ranges = [];
  parse(code, {
    ecmaVersion: "latest",
    sourceType: "module",
    onComment: (_block, _text, start, end) => ranges.push([start, end]),
    onToken: (token) => {
      if (token.type.label === "regexp") ranges.push([token.start, token.end]);
    },
  });
  ranges.sort((a, b) => a[0] - b[0]);
  let result = "";
  let done = 0;
  for (const [start, end] of ranges) {
    const text = code.slice(start, end);
    result += code.slice(done, start);
    result += text.replace(NOT_ASCII_UNITS, (unit, offset) => {
      // `\’` (an escaped character) would become `\\u2019`: a backslash, then text.
      if (text[offset - 1] === "\\") {
        const line = code.slice(0, start + offset).split("\n").length;
        throw new Error(`${fileName}:${line}: a backslash before "${unit}" cannot be written in ASCII`);
      }
      return `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    });
    done = end;
  }
  return result + code.slice(done);
}

/**
 * A Vite plugin for the server build (`vite build --ssr`, which Remix runs after the browser's). It
 * works on the finished chunks: Vite's own esbuild pass (renderChunk) writes UTF-8 back.
 * @returns {import("vite").Plugin}
 */
export function asciiServerBuild() {
  // Remix asks for the server build in its own plugin's settings, after Vite has told the others
  // which build it is: the resolved settings say it.
  let serverBuild = false;
  return {
    name: "comptoir:ascii-server-build",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      serverBuild = Boolean(config.build.ssr);
    },
    async generateBundle(_options, bundle) {
      if (!serverBuild) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || !NOT_ASCII.test(chunk.code)) continue;
        const result = await transformWithEsbuild(
          chunk.code,
          chunk.fileName,
          {
            loader: "js",
            charset: "ascii",
            // Nothing else changes: no syntax lowered, nothing minified (stack traces stay readable).
            target: "esnext",
            minify: false,
            sourcemap: Boolean(chunk.map),
          },
          chunk.map ?? undefined,
        );
        // Only comments and regular expressions change after esbuild, each character for six: a
        // source map stays right to the line.
        chunk.code = escapeCommentsAndPatterns(result.code, chunk.fileName);
        if (chunk.map) Object.assign(chunk.map, result.map);
      }
    },
  };
}
