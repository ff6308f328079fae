// Prisma's query compiler (WebAssembly) ships as a module exporting its bytes in base64, and the
// client Prisma generates imports it. A module stays loaded for the life of the process, and with it
// 5 MB of memory: its 2.5 MB source, and the 2.5 MB string it exports. Read as a file instead, the
// text is garbage once the bytes are compiled. `pnpm --filter @comptoir/db generate` points the
// generated client here (compilerFromFile, run by src/cli/generate-client.ts).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

export const COMPILER_BASE64_MODULE = "@prisma/client/runtime/query_compiler_bg.postgresql.wasm-base64.mjs";

/** Node's WebAssembly, which the TypeScript libraries this package builds with (no DOM) leave out. */
export interface WasmModuleApi {
  new (bytes: Uint8Array): object;
  exports(module: object): Array<{ name: string; kind: string }>;
  imports(module: object): Array<{ module: string; name: string; kind: string }>;
}
export const WasmModule = (globalThis as unknown as { WebAssembly: { Module: WasmModuleApi } }).WebAssembly
  .Module;

/** The text of the base64 module is `const wasm = "..."; export { wasm }`. */
const BASE64_LITERAL = /"([A-Za-z0-9+/]+={0,2})"/;

/** The query compiler, compiled from the base64 module's text (read, decoded, then let go). */
export async function loadQueryCompilerWasm(): Promise<object> {
  const path = createRequire(import.meta.url).resolve(COMPILER_BASE64_MODULE);
  const match = BASE64_LITERAL.exec(await readFile(path, "latin1"));
  if (!match?.[1]) throw new Error(`${path} does not hold the query compiler as a base64 string`);
  return new WasmModule(Buffer.from(match[1], "base64"));
}

/** What the generator writes in internal/class.ts to load the compiler (Prisma 6). */
const GENERATED_LOADER = `const { wasm } = await import("${COMPILER_BASE64_MODULE}")
    return await decodeBase64AsWasm(wasm)`;
const FILE_LOADER = `// Read as a file, not imported: no copy of its 5 MB stays alive (src/query-compiler-wasm.ts).
    const { loadQueryCompilerWasm } = await import("../../../query-compiler-wasm")
    return await loadQueryCompilerWasm()`;

/**
 * The generated client's class module, loading the compiler with loadQueryCompilerWasm. Throws when
 * the generator wrote something else (a new Prisma version): the step must then be looked at again.
 */
export function compilerFromFile(generatedClass: string): string {
  if (generatedClass.includes(FILE_LOADER)) return generatedClass;
  if (!generatedClass.includes(GENERATED_LOADER)) {
    throw new Error(
      "The generated Prisma client does not load its query compiler as expected: see src/query-compiler-wasm.ts",
    );
  }
  return generatedClass.replace(GENERATED_LOADER, FILE_LOADER);
}
