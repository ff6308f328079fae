// Runs after `prisma generate` (this package's `generate` script, run on install): the generated
// client loads its query compiler from the file instead of importing it (src/query-compiler-wasm.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { compilerFromFile } from "../query-compiler-wasm";

const classModule = new URL("../generated/prisma/internal/class.ts", import.meta.url);
writeFileSync(classModule, compilerFromFile(readFileSync(classModule, "utf8")));
