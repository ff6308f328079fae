// How V8 compiles WebAssembly in the app servers. Prisma's query compiler is a 1.9 MB WebAssembly
// module (packages/db/src/query-compiler-wasm.ts). V8 compiles it at once with its baseline
// compiler (Liftoff), then recompiles the functions that run often with its optimizing compiler
// (TurboFan), in the background. That recompilation borrows about 20 MB from the C heap for a
// moment; the C library cannot give most of it back (what is still in use sits between the freed
// blocks), and a storefront kept about 12 MB more resident for good: 25 instead of 12.5 MB of heap,
// highest RSS under load about 177–184 against 159–160 MB. The optimized code did not make the
// queries faster: a product with its translations, variants and images, then a page of 24
// products, took 4.13–4.34 ms per pair with it and 4.13–4.29 ms without, on the same database:
// the time is the database's and the driver's (docs/performance-notes.md, tenth pass).
import v8 from "node:v8";

/**
 * Keeps WebAssembly on the baseline compiler in this process. V8 reads the flag when a module is
 * compiled and when a function would be recompiled, so it must be set before the first database
 * query, which compiles Prisma's query compiler.
 */
export function keepWebAssemblyOnBaselineCompiler() {
  v8.setFlagsFromString("--liftoff-only");
}
