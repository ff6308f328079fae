import type { Tx } from "../transaction";
import type { EncodedMediaSet } from "./renditions";

/**
 * Stores a picture and its copies, or finds it when the same bytes are already stored (two
 * products with one photo, two uploads at once, a seed run again). Copies missing from an older
 * row are added, so a picture stored before renditions existed gets them on its next upload.
 */
export async function storeMedia(tx: Tx, picture: EncodedMediaSet): Promise<{ id: string }> {
  const { renditions, ...original } = picture;
  const media = await tx.mediaAsset.upsert({
    where: { checksum: original.checksum },
    create: original,
    update: {},
    select: { id: true },
  });
  if (renditions.length > 0) {
    await tx.mediaRendition.createMany({
      data: renditions.map((rendition) => ({ mediaId: media.id, ...rendition })),
      skipDuplicates: true,
    });
  }
  return media;
}
