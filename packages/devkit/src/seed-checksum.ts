// A fingerprint of the seed's code and data (prisma/seed.ts and prisma/seed/, tests aside): the test
// stacks' seeded template and the benchmark database are rebuilt when it changes, so they always
// hold what the current seed writes.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@comptoir/db/embedded";

export function seedChecksum(root = repoRoot): string {
  const hash = createHash("sha256");
  const files = [path.join(root, "prisma", "seed.ts")];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) files.push(full);
    }
  };
  walk(path.join(root, "prisma", "seed"));
  for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 12);
}
