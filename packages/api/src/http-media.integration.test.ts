import { createHash } from "node:crypto";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { handleMediaRequest } from "./http-media";

describe("handleMediaRequest", () => {
  const database = useTestDatabase("api_media");
  const bytes = Buffer.from("RIFF-not-really-webp");
  const checksum = createHash("sha256").update(bytes).digest("hex");

  it("serves the bytes with an immutable cache header, and 304 for a known ETag", async () => {
    await database.db.mediaAsset.create({
      data: { checksum, mimeType: "image/webp", width: 1, height: 1, byteSize: bytes.length, data: bytes },
    });
    const response = await handleMediaRequest(new Request("http://shop.test/"), `${checksum}.webp`, {
      db: database.db,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);

    const again = await handleMediaRequest(
      new Request("http://shop.test/", { headers: { "If-None-Match": `"${checksum}"` } }),
      `${checksum}.webp`,
      { db: database.db },
    );
    expect(again.status).toBe(304);
  });

  it("answers 404 for unknown or malformed names", async () => {
    for (const file of [`${"0".repeat(64)}.webp`, "../../etc/passwd", `${checksum}.exe`, ""]) {
      const response = await handleMediaRequest(new Request("http://shop.test/"), file, { db: database.db });
      expect(response.status, file).toBe(404);
    }
  });
});
