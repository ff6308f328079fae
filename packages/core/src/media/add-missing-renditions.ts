// Pictures stored before smaller copies existed (or by an older seed) get them here, a few at a
// time, so that a shop upgraded in place serves small files on its product cards too. Safe to run
// twice at once: copies are keyed by picture and width, and a second writer's rows are skipped.
import type { Db } from "@comptoir/db";
import { encodeRenditions, RENDITION_WIDTHS } from "./renditions";

export interface RenditionBackfillReport {
  /** Pictures that got their copies. */
  completed: number;
  /** Pictures whose stored bytes could not be decoded: left as they are, served whole. */
  unreadable: number;
}

/** Pictures read per round: each holds up to 1600×1600 pixels of WebP, a few hundred kilobytes. */
const BATCH_SIZE = 10;

export async function addMissingRenditions(db: Db): Promise<RenditionBackfillReport> {
  const report: RenditionBackfillReport = { completed: 0, unreadable: 0 };
  let after: string | undefined;
  for (;;) {
    // Wider than the narrowest copy, and without copies yet: the pictures that lack them.
    const batch = await db.mediaAsset.findMany({
      where: {
        width: { gt: RENDITION_WIDTHS[0] },
        renditions: { none: {} },
        ...(after && { id: { gt: after } }),
      },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      // What the copies are made from; the picture's other columns stay as they are.
      select: { id: true, width: true, data: true },
    });
    if (batch.length === 0) return report;
    for (const media of batch) {
      const copies = await encodeRenditions(media).catch(() => null);
      if (!copies) {
        report.unreadable += 1;
        continue;
      }
      await db.mediaRendition.createMany({
        data: copies.map((copy) => ({ mediaId: media.id, ...copy })),
        skipDuplicates: true,
      });
      report.completed += 1;
    }
    after = batch.at(-1)!.id;
  }
}
