// The shop's calendar days (YYYY-MM-DD in its time zone) as instants of the database, whose
// timestamps are stored without a zone, in UTC. PostgreSQL applies the time zone's rules (summer
// time included); the result never depends on the connection's own TimeZone setting.
import { Prisma } from "@comptoir/db";
import type { DbOrTx } from "./transaction";

/** The calendar day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** SQL for the stored (UTC) timestamp at which the shop's `day` begins, to compare columns with. */
export function shopDayStartSql(day: string, timeZone: string): Prisma.Sql {
  return Prisma.sql`((${day}::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')`;
}

/** The instant the shop's `day` begins. */
export async function startOfShopDay(db: DbOrTx, day: string, timeZone: string): Promise<Date> {
  const [row] = await db.$queryRaw<{ instant: Date }[]>`
    SELECT (${day}::timestamp AT TIME ZONE ${timeZone}) AS "instant"`;
  return row!.instant;
}
