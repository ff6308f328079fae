import { createHash } from "node:crypto";
import { useTestDatabase } from "@comptoir/db/testing";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { addMissingRenditions } from "./add-missing-renditions";

describe("addMissingRenditions", () => {
  const database = useTestDatabase("media_backfill");

  /** A picture stored the way it was before copies existed: the file alone. */
  async function storeBare(width: number, background: string) {
    const data = await sharp({ create: { width, height: width, channels: 3, background } })
      .webp()
      .toBuffer();
    return database.db.mediaAsset.create({
      data: {
        checksum: createHash("sha256").update(data).digest("hex"),
        mimeType: "image/webp",
        width,
        height: width,
        byteSize: data.byteLength,
        data,
      },
      select: { id: true },
    });
  }

  it("gives older pictures their copies once, even when two runs overlap, and skips what it cannot read", async () => {
    const large = await storeBare(1000, "#884422");
    const small = await storeBare(300, "#224488");
    const tiny = await storeBare(150, "#448822");
    const broken = await database.db.mediaAsset.create({
      data: {
        checksum: "f".repeat(64),
        mimeType: "image/webp",
        width: 900,
        height: 900,
        byteSize: 3,
        data: Buffer.from("bad"),
      },
      select: { id: true },
    });

    const [first, second] = await Promise.all([
      addMissingRenditions(database.db),
      addMissingRenditions(database.db),
    ]);
    expect(first.completed + second.completed).toBeGreaterThanOrEqual(2);
    expect(first.unreadable).toBe(1);

    const widths = async (mediaId: string) =>
      (await database.db.mediaRendition.findMany({ where: { mediaId }, orderBy: { width: "asc" } })).map(
        (copy) => copy.width,
      );
    expect(await widths(large.id)).toEqual([200, 400, 800]);
    expect(await widths(small.id)).toEqual([200]);
    expect(await widths(tiny.id)).toEqual([]);
    expect(await widths(broken.id)).toEqual([]);

    // Nothing left to do: a third run only finds the unreadable one again.
    expect(await addMissingRenditions(database.db)).toEqual({ completed: 0, unreadable: 1 });
  });
});
