import type { DbOrTx } from "../transaction";

/**
 * The instants (UTC, as the database stores them) at which the shop's today, last 7 days and last
 * 30 days begin, in the shop's time zone: "today" starts at the shop's midnight, not the server's,
 * and a daylight-saving change inside the window moves no boundary. PostgreSQL does the calendar
 * arithmetic with its time zone database. Instants cross the driver as ISO strings with their
 * offset, so the connection's own TimeZone setting never shifts them.
 */
export interface DashboardWindow {
  today: Date;
  days7: Date;
  days30: Date;
  /** The shop's calendar date of `today`, YYYY-MM-DD. */
  todayDate: string;
}

export async function dashboardWindow(db: DbOrTx, now: Date, timeZone: string): Promise<DashboardWindow> {
  const [row] = await db.$queryRaw<{ today: Date; days7: Date; days30: Date; todayDate: string }[]>`
    WITH local AS (
      SELECT date_trunc('day', ${now.toISOString()}::timestamptz AT TIME ZONE ${timeZone}) AS midnight
    )
    SELECT
      (midnight AT TIME ZONE ${timeZone}) AS "today",
      ((midnight - interval '6 days') AT TIME ZONE ${timeZone}) AS "days7",
      ((midnight - interval '29 days') AT TIME ZONE ${timeZone}) AS "days30",
      to_char(midnight, 'YYYY-MM-DD') AS "todayDate"
    FROM local`;
  return row!;
}
