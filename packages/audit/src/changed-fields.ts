/**
 * The before/after of an audit entry: only the fields whose value differs, so that an entry says
 * what changed instead of repeating the whole record. Values are compared as JSON.
 */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  ignore: readonly string[] = [],
): { before: Record<string, unknown> | null; after: Record<string, unknown> } {
  if (!before) return { before: null, after };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...keys].filter(
    (key) => !ignore.includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}
