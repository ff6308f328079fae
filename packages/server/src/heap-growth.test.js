// The heap growth factor, checked on a real V8: the same allocations (a live set and a stream of
// objects that live long enough to reach the old generation, as a page's do under load) with and
// without it, in child processes, and the largest heap each reached.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const heapGrowth = fileURLToPath(new URL("./heap-growth.js", import.meta.url));

/** @param {boolean} limited  @returns {Promise<number>} the largest heap, in MB */
async function largestHeap(limited) {
  const script = `
    ${limited ? `(await import(${JSON.stringify(heapGrowth)})).limitHeapGrowth();` : ""}
    const live = Array.from({ length: 200000 }, (_, i) => ({ i, s: "x".repeat(100) + i }));
    const recent = new Array(20000);
    let largest = 0;
    for (let n = 0; n < 2000000; n++) {
      recent[n % recent.length] = { n, payload: new Array(16).fill(n), s: "item " + n };
      if (n % 10000 === 0) largest = Math.max(largest, process.memoryUsage().heapTotal);
    }
    console.log(live.length && Math.round(largest / 1048576));
  `;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
  return Number(stdout.trim());
}

describe("limitHeapGrowth", () => {
  it("keeps the heap of a process that allocates steadily much smaller than V8's default", async () => {
    const [byDefault, limited] = await Promise.all([largestHeap(false), largestHeap(true)]);
    expect(byDefault).toBeGreaterThan(0);
    expect(limited).toBeLessThan(byDefault * 0.7);
  }, 30_000);
});
