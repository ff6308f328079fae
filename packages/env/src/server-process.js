// Settings read by the runtime itself, not by our code, for the app servers' processes. They must
// be in the environment before the process starts (glibc reads them once), so they are set by what
// starts a server: the image (Dockerfile, runtime stage), `pnpm start` and the benchmark.
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

/** @type {Readonly<Record<string, string>>} */
export const SERVER_PROCESS_ENV = Object.freeze({
  MALLOC_ARENA_MAX: "2",
  MALLOC_MMAP_THRESHOLD_: "131072",
  MALLOC_TRIM_THRESHOLD_: "1048576",
});

/**
 * The environment to start an app server with: the settings above, unless the given environment
 * sets them itself.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function withServerProcessEnv(env) {
  return { ...SERVER_PROCESS_ENV, ...env };
}
