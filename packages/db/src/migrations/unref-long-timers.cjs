// Preloaded into the Prisma CLI processes we start (see prisma-cli.ts).
// The WebAssembly schema engine arms a 10-second timer during `migrate deploy` and never clears
// it, so the CLI sits idle for 10 s after finishing. Long timers still fire while the process
// has other work; unref() only stops them from keeping a finished process alive.
"use strict";
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = originalSetTimeout(callback, delay, ...args);
  if (typeof delay === "number" && delay >= 5000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};
