import { migrationsChecksum, runSeed } from "@comptoir/db/migrations";
import { ensureMigratedTemplate, ensureTemplate } from "@comptoir/db/testing/server";
import { seedChecksum } from "../seed-checksum";

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
