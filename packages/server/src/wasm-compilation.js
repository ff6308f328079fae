// How V8 compiles WebAssembly in the app servers. Prisma's query compiler is a 1.9 MB WebAssembly
// module (packages/db/src/query-compiler-wasm.ts). V8 compiles it at once with its baseline
// compiler (Liftoff), then recompiles the functions that run often with its optimizing compiler
// (TurboFan), in the background. That recompilation borrows 20–25 MB from the C heap for a moment,
// and the C library cannot give most of it back (blocks still in use sit between the freed ones):
// a storefront under load kept a 24.5 MB C heap instead of 9.7 MB, and its RSS was 182–186 MB
// instead of 151–157 MB. The optimized code did not make the queries measurably faster: a product
// with its translations, variants and images, then a page of 24 products, took 4.13–4.34 ms per
// pair with it and 4.13–4.29 ms without, on the same database, for less CPU in all; catalog pages
// took the same CPU either way (docs/performance-notes.md, tenth pass).
import v8 from "node:v8";

/**
 * Keeps WebAssembly on the baseline compiler in this process. V8 reads the flag when a module is
 * compiled and when a function would be recompiled, so it must be set before the first database
 * query, which compiles Prisma's query compiler.
 */
export function keepWebAssemblyOnBaselineCompiler() {
  v8.setFlagsFromString("--liftoff-only");
}
