export { getMediaByChecksum, type MediaFile } from "./get-media";
export { mediaRefSelect, type MediaRef } from "./media-select";
export { mediaPath, mediaSrcSet, smallestMediaPath, THUMBNAIL_WIDTH, type MediaFileRef } from "./media-path";
export {
  describeEncoded,
  encodeRenditions,
  RENDITION_WIDTHS,
  withRenditions,
  type EncodedMedia,
  type EncodedMediaSet,
} from "./renditions";
export { storeMedia } from "./store-media";
export { addMissingRenditions, type RenditionBackfillReport } from "./add-missing-renditions";
