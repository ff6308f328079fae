import { micromark } from "micromark";

/**
 * Product descriptions are Markdown written by staff. micromark renders CommonMark and, by default,
 * escapes raw HTML and drops dangerous link protocols (javascript:, data:...), so the result can be
 * inserted into a page as is. Rendering happens once per cached read, not per page view.
 */
export function renderMarkdown(source: string): string {
  return micromark(source);
}
