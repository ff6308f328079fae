import type { Db } from "@comptoir/db";
import { DomainError } from "../errors";

export interface MediaFile {
  checksum: string;
  mimeType: string;
  /** The encoded bytes, as base64 so that the DTO survives JSON over HTTP too. */
  base64: string;
}

const fileSelect = { checksum: true, mimeType: true, data: true } as const;

/** A stored picture or one of its smaller copies: both are named by the SHA-256 of their bytes. */
export async function getMediaByChecksum(db: Db, checksum: string): Promise<MediaFile> {
  const file =
    (await db.mediaAsset.findUnique({ where: { checksum }, select: fileSelect })) ??
    (await db.mediaRendition.findFirst({ where: { checksum }, select: fileSelect }));
  if (!file) throw new DomainError("NOT_FOUND", `media ${checksum}`);
  return {
    checksum: file.checksum,
    mimeType: file.mimeType,
    base64: Buffer.from(file.data).toString("base64"),
  };
}
