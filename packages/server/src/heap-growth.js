// How far V8 lets the heap grow before its next full collection. By default, after each one it
// waits until the heap is about twice what survived, a choice made for throughput on machines with
// memory to spare. A storefront under load keeps about 50 MB alive and allocates about 1.5 MB per
// page: its resident memory climbed to about 400 MB, most of it garbage waiting to be collected.
// Growing by 60% at most kept it about 140 MB lower for the same throughput; 30% saved 30 MB more
// but cost a fifth of the throughput then, when fifty pages were rendered interleaved and much of
// their data reached the old generation. With pages read a few at a time (render-concurrency.js)
// little does: 35% costs about one percent of the main thread in collections, for 10–15 MB less
// (docs/performance-notes.md). This bounds no memory: a heap that must grow still does.
import v8 from "node:v8";

export const HEAP_GROWING_PERCENT = 35;

/**
 * Applies the heap growth factor to this process. V8 reads it at each full collection, so calling
 * it at start, before the heap has grown, is enough.
 * @param {number} [percent]
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT) {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
