/**
 * Keeps WebAssembly (Prisma's query compiler) on V8's baseline compiler in this process; call it
 * before the first database query. Why: wasm-compilation.js.
 */
export function keepWebAssemblyOnBaselineCompiler(): void;
