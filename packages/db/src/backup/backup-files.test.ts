import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyRetention, backupFileName, listBackups } from "./backup-files";

describe("backup files", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "comptoir-backup-files-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("names a backup after the database and the UTC time, sortable as text", () => {
    expect(backupFileName("comptoir", new Date("2026-12-06T05:40:33.123Z"))).toBe(
      "comptoir-20261206T054033.123Z.dump",
    );
    const earlier = backupFileName("comptoir", new Date("2026-02-01T23:00:00Z"));
    const later = backupFileName("comptoir", new Date("2026-11-30T01:00:00Z"));
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it("keeps the N newest backups of the database and never touches other files", async () => {
    const days = [1, 2, 3, 4, 5].map((day) => new Date(Date.UTC(2026, 0, day, 3)));
    const ours = days.map((day) => backupFileName("comptoir", day));
    const others = [
      backupFileName("other_shop", days[0]!),
      backupFileName("comptoir-before-restore", days[0]!),
      `${backupFileName("comptoir", days[0]!)}.partial`,
      "comptoir-notes.dump",
      "README.txt",
    ];
    for (const name of [...ours, ...others]) await writeFile(path.join(dir, name), "x");

    const deleted = await applyRetention(dir, "comptoir", 2);

    expect(deleted.map((file) => path.basename(file)).sort()).toEqual(ours.slice(0, 3).sort());
    expect((await readdir(dir)).sort()).toEqual([...ours.slice(3), ...others].sort());
    expect((await listBackups(dir, "comptoir")).map((file) => path.basename(file))).toEqual([
      ours[4],
      ours[3],
    ]);
  });

  it("treats a missing folder as holding no backups", async () => {
    expect(await listBackups(path.join(dir, "missing"), "comptoir")).toEqual([]);
  });
});
