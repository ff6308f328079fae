import type { ImagePlan } from "../catalog";
import { patternScene, productScene } from "./compose";
import { renderWebp, type EncodedImage } from "./render";

export type { EncodedImage } from "./render";

/** Draws and encodes one planned product image. */
export function renderProductImage(image: ImagePlan): Promise<EncodedImage> {
  const svg = image.kind === "scene" ? productScene(image.illustration) : patternScene(image.illustration);
  return renderWebp(svg);
}
