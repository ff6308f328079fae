import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@comptoir/db/embedded";
import { migrationsChecksum, runSeed } from "@comptoir/db/migrations";
import { ensureMigratedTemplate, ensureTemplate } from "@comptoir/db/testing/server";

/** Changes whenever the seed or its data change. */
function seedChecksum(): string {
  const hash = createHash("sha256");
  const files = [path.join(repoRoot, "prisma", "seed.ts")];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) files.push(full);
    }
  };
  walk(path.join(repoRoot, "prisma", "seed"));
  for (const file of files) hash.update(path.relative(repoRoot, file)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 12);
}

/**
 * A migrated database holding the demo data, built once per server (per migrations and seed
 * version) and cloned by every black-box test stack: seeding takes seconds, cloning milliseconds.
 */
export async function ensureSeededTemplate(serverUrl: string): Promise<string> {
  const migrated = await ensureMigratedTemplate(serverUrl);
  const name = `comptoir_seeded_${migrationsChecksum()}_${seedChecksum()}`;
  // The seed creates the demo staff account outside production; the tests log in with it.
  return ensureTemplate(
    serverUrl,
    name,
    (url) => runSeed(url, { NODE_ENV: "test", COMPTOIR_SEED_QUIET: "1" }),
    migrated,
  );
}
