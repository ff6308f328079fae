export { getMediaByChecksum, type MediaFile } from "./get-media";
export { mediaPath } from "./media-path";
