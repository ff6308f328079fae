/**
 * Text typed in a search field as a LIKE/ILIKE pattern's literal part: `%`, `_` and `\` match
 * themselves, not anything. (Prisma's `contains` passes its value to ILIKE as is.)
 */
export function literalForLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
