import { media } from "@comptoir/core";
import { mediaByChecksumInput } from "@comptoir/validators";
import { publicProcedure, router } from "../trpc";

export const mediaRouter = router({
  /** A stored image by the SHA-256 of its bytes (the apps serve it at /media/<checksum>.<ext>). */
  byChecksum: publicProcedure
    .input(mediaByChecksumInput)
    .query(({ ctx, input }) => media.getMediaByChecksum(ctx.db, input.checksum)),
});
