-- CreateTable
CREATE TABLE "MediaRendition" (
    "id" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "MediaRendition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MediaRendition_checksum_idx" ON "MediaRendition"("checksum");

-- CreateIndex
CREATE UNIQUE INDEX "MediaRendition_mediaId_width_key" ON "MediaRendition"("mediaId", "width");

-- AddForeignKey
ALTER TABLE "MediaRendition" ADD CONSTRAINT "MediaRendition_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
