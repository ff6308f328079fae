// Closing the app's database pool at shutdown. The pool belongs to the Remix build (its bundled
// copy of @comptoir/db), which publishes the process's shared client on globalThis so that it
// survives module reloads (see getDb in packages/db/src/client.ts): that is where it is found.

/**
 * Disconnects the app's shared Prisma client if one was created; never throws (the process is
 * stopping: a pool that cannot close cleanly is closed by the exit).
 *
 * @returns {Promise<void>}
 */
export async function closeAppDatabasePool() {
  const holder = /** @type {{ __comptoirDb?: { db?: { $disconnect?: () => Promise<void> } } }} */ (
    globalThis
  );
  const shared = holder.__comptoirDb;
  holder.__comptoirDb = undefined;
  try {
    await shared?.db?.$disconnect?.();
  } catch {
    /* closed by the exit */
  }
}
