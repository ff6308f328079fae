// Number formats of the report: English separators whatever the machine's locale, so the file only
// changes when the numbers do.

/** 1 MB in the report: 2^20 bytes, as `free -m` and /proc count. */
export const MB = 1024 * 1024;
/** 1 kB in the report: 1,000 bytes, as browsers' network panels count transfer sizes. */
export const KB = 1000;

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatRate(requestsPerSecond: number): string {
  const format = requestsPerSecond >= 100 ? integer : oneDecimal;
  return `${format.format(requestsPerSecond)} req/s`;
}

export function formatMs(milliseconds: number): string {
  return `${integer.format(milliseconds)} ms`;
}

export function formatMb(bytes: number): string {
  return `${oneDecimal.format(bytes / MB)} MB`;
}

export function formatKb(bytes: number): string {
  return `${oneDecimal.format(bytes / KB)} kB`;
}

export function formatPercent(percent: number): string {
  return `${integer.format(percent)}%`;
}

export function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A percentage that is often under 1 (the host's steal): one decimal. */
export function formatPercentTenths(percent: number): string {
  return `${oneDecimal.format(percent)}%`;
}
