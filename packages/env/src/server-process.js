// Settings read by the runtime itself, not by our code, for the app servers' processes. They must
// be in the environment before the process starts (glibc reads them once), so they are set by what
// starts a server: the image (Dockerfile, runtime stage), `pnpm start` and the benchmark.
//
// MALLOC_ARENA_MAX: glibc gives each thread that allocates its own memory arena (up to eight per
// core). Node's compression, file and compiler threads then keep tens of MB of freed native memory
// each. Two arenas took a storefront under load from about 255-280 MB to 240 MB resident, for the
// same CPU per request (docs/performance-notes.md).

/** @type {Readonly<Record<string, string>>} */
export const SERVER_PROCESS_ENV = Object.freeze({ MALLOC_ARENA_MAX: "2" });

/**
 * The environment to start an app server with: the settings above, unless the given environment
 * sets them itself.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function withServerProcessEnv(env) {
  return { ...SERVER_PROCESS_ENV, ...env };
}
