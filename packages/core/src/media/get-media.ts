import type { Db } from "@comptoir/db";
import { DomainError } from "../errors";

export interface MediaFile {
  checksum: string;
  mimeType: string;
  /** The encoded bytes, as base64 so that the DTO survives JSON over HTTP too. */
  base64: string;
}

export async function getMediaByChecksum(db: Db, checksum: string): Promise<MediaFile> {
  const asset = await db.mediaAsset.findUnique({
    where: { checksum },
    select: { checksum: true, mimeType: true, data: true },
  });
  if (!asset) throw new DomainError("NOT_FOUND", `media ${checksum}`);
  return {
    checksum: asset.checksum,
    mimeType: asset.mimeType,
    base64: Buffer.from(asset.data).toString("base64"),
  };
}
