// The WebAssembly setting, checked on a real V8: a small module's function called two million
// times, in child processes with and without the setting; V8's own test functions (natives syntax,
// allowed in these child processes only) tell which compiler made the code that runs.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const wasmCompilation = fileURLToPath(new URL("./wasm-compilation.js", import.meta.url));

/** @param {boolean} baselineOnly  @returns {Promise<{ result: number, liftoff: boolean }>} */
async function callOften(baselineOnly) {
  const script = `
    ${baselineOnly ? `(await import(${JSON.stringify(wasmCompilation)})).keepWebAssemblyOnBaselineCompiler();` : ""}
    // (module (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add))
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1,
      0, 7, 5, 1, 1, 102, 0, 0, 10, 9, 1, 7, 0, 32, 0, 65, 1, 106, 11]);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    let result = 0;
    for (let i = 0; i < 2000000; i++) result = exports.f(result);
    console.log(JSON.stringify({ result, liftoff: %IsLiftoffFunction(exports.f) }));
  `;
  const { stdout } = await run(process.execPath, [
    "--allow-natives-syntax",
    "--input-type=module",
    "-e",
    script,
  ]);
  return JSON.parse(stdout);
}

describe("keepWebAssemblyOnBaselineCompiler", () => {
  it("keeps a function that runs often on the baseline compiler, which V8 otherwise recompiles", async () => {
    const [byDefault, baselineOnly] = await Promise.all([callOften(false), callOften(true)]);
    expect(byDefault).toEqual({ result: 2000000, liftoff: false });
    expect(baselineOnly).toEqual({ result: 2000000, liftoff: true });
  }, 30_000);
});
