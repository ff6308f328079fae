import { createHash } from "node:crypto";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { getMediaByChecksum } from "./get-media";

describe("getMediaByChecksum", () => {
  const database = useTestDatabase("media");

  it("returns the stored bytes of a picture or of a smaller copy as base64, NOT_FOUND for an unknown checksum", async () => {
    const bytes = Buffer.from([1, 2, 3, 250]);
    const checksum = createHash("sha256").update(bytes).digest("hex");
    await database.db.mediaAsset.create({
      data: { checksum, mimeType: "image/webp", width: 1, height: 1, byteSize: 4, data: bytes },
    });
    const file = await getMediaByChecksum(database.db, checksum);
    expect(Buffer.from(file.base64, "base64")).toEqual(bytes);
    expect(file.mimeType).toBe("image/webp");
    // A smaller copy is served by its own checksum, like the picture.
    const copyBytes = Buffer.from([9, 8, 7]);
    const copyChecksum = createHash("sha256").update(copyBytes).digest("hex");
    const asset = await database.db.mediaAsset.findUniqueOrThrow({ where: { checksum } });
    await database.db.mediaRendition.create({
      data: {
        mediaId: asset.id,
        checksum: copyChecksum,
        mimeType: "image/webp",
        width: 1,
        height: 1,
        byteSize: 3,
        data: copyBytes,
      },
    });
    expect(Buffer.from((await getMediaByChecksum(database.db, copyChecksum)).base64, "base64")).toEqual(
      copyBytes,
    );
    const missing = await getMediaByChecksum(database.db, "0".repeat(64)).catch((error: unknown) => error);
    expect(isDomainError(missing, "NOT_FOUND")).toBe(true);
  });
});
