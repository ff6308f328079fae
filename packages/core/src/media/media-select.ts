import type { Prisma } from "@comptoir/db";

/** What a page needs to show a stored picture (never its bytes): name, size and smaller copies. */
export const mediaRefSelect = {
  checksum: true,
  mimeType: true,
  width: true,
  height: true,
  renditions: { orderBy: { width: "asc" }, select: { checksum: true, mimeType: true, width: true } },
} as const satisfies Prisma.MediaAssetSelect;

export type MediaRef = Prisma.MediaAssetGetPayload<{ select: typeof mediaRefSelect }>;
