import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COMPILER_BASE64_MODULE,
  compilerFromFile,
  loadQueryCompilerWasm,
  WasmModule,
} from "./query-compiler-wasm";

const GENERATED = `config.compilerWasm = {
  getRuntime: async () => await import("@prisma/client/runtime/query_compiler_bg.postgresql.mjs"),

  getQueryCompilerWasmModule: async () => {
    const { wasm } = await import("${COMPILER_BASE64_MODULE}")
    return await decodeBase64AsWasm(wasm)
  }
}`;

describe("the query compiler, loaded from its file", () => {
  it("is the module Prisma's own loader compiles", async () => {
    const { wasm } = (await import(COMPILER_BASE64_MODULE)) as { wasm: string };
    const imported = new WasmModule(Buffer.from(wasm, "base64"));
    const loaded = await loadQueryCompilerWasm();
    expect(WasmModule.exports(loaded)).toEqual(WasmModule.exports(imported));
    expect(WasmModule.imports(loaded)).toEqual(WasmModule.imports(imported));
    expect(WasmModule.exports(loaded).length).toBeGreaterThan(10);
  });

  it("is what the generated client uses (the generate step rewrote it)", () => {
    const generated = readFileSync(new URL("./generated/prisma/internal/class.ts", import.meta.url), "utf8");
    expect(generated).toContain("await loadQueryCompilerWasm()");
    expect(generated).not.toContain(`await import("${COMPILER_BASE64_MODULE}")`);
  });

  it("replaces the generator's import once, and says so when the generator wrote something else", () => {
    const rewritten = compilerFromFile(GENERATED);
    expect(rewritten).toContain('await import("../../../query-compiler-wasm")');
    expect(rewritten).not.toContain(COMPILER_BASE64_MODULE);
    expect(compilerFromFile(rewritten)).toBe(rewritten);
    expect(() => compilerFromFile("config.compilerWasm = { somethingElse }")).toThrow(
      /does not load its query compiler as expected/,
    );
  });
});
