// Settings read by the runtime itself, not by our code, for the app servers' processes. They must
// be in the environment before the process starts (glibc and V8 read them once), so they are set by
// what starts a server: the image (Dockerfile, runtime stage), `pnpm start` and the benchmark.
//
// MALLOC_ARENA_MAX: glibc gives each thread that allocates its own memory arena (up to eight per
// core). Node's compression, file and compiler threads then keep tens of MB of freed native memory
// each. Two arenas took a storefront under load from about 255-280 MB to 240 MB resident, for the
// same CPU per request (docs/performance-notes.md).
//
// MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_: by default glibc raises its threshold for giving
// large blocks their own mapping each time one is freed, and keeps the freed top of its heap; under
// load the main heap then held 25–35 MB, half of it free. Fixed thresholds (128 kB, 1 MB) keep it
// at about 15 MB, for about two more page faults per page (docs/performance-notes.md).
//
// NODE_OPTIONS=--max-semi-space-size=8: V8's young generation, where every page's short-lived
// objects are made, holds two semi-spaces of up to 16 MB each by default; a server under load keeps
// both full. 8 MB each took the storefront's highest RSS under load from about 210 to 170–177 MB,
// for 3–6% more CPU per page (measured with the pages as they are now: a page allocates little
// and only a few are rendered at once, so 8 MB still lets nearly all of it die young). 4 MB cost
// a third of the throughput (docs/performance-notes.md, tenth pass).

/** V8's flags for the app servers, given through NODE_OPTIONS. */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=8";

/** @type {Readonly<Record<string, string>>} */
export const SERVER_PROCESS_ENV = Object.freeze({
  MALLOC_ARENA_MAX: "2",
  MALLOC_MMAP_THRESHOLD_: "131072",
  MALLOC_TRIM_THRESHOLD_: "1048576",
  NODE_OPTIONS: SERVER_NODE_OPTIONS,
});

/**
 * The environment to start an app server with: the settings above, unless the given environment
 * sets them itself. NODE_OPTIONS is combined rather than replaced: the environment's own options
 * are kept, and the young generation's size is added unless they already set one.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function withServerProcessEnv(env) {
  const own = env.NODE_OPTIONS?.trim() ?? "";
  const nodeOptions = /(^|\s)--max-semi-space-size\b/.test(own)
    ? own
    : [own, SERVER_NODE_OPTIONS].filter(Boolean).join(" ");
  return { ...SERVER_PROCESS_ENV, ...env, NODE_OPTIONS: nodeOptions };
}
