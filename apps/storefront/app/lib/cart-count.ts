// The header's item count travels in a small cookie that scripts may read (it reveals nothing the
// page does not show). Shared by the server, which sets it, and the header, which reads it.

export const CART_COUNT_COOKIE = "cart_count";

/** The item count in a Cookie header (or document.cookie), or null when absent or not a count. */
export function readCartCount(cookieHeader: string | null | undefined): number | null {
  const match = /(?:^|;\s*)cart_count=(\d{1,6})(?:;|$)/.exec(cookieHeader ?? "");
  return match?.[1] ? Number(match[1]) : null;
}
