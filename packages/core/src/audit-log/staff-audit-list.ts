// The admin's view of the audit trail: filters by actor (id or email), entity, action and the shop's
// calendar days, newest first, one page at a time. Two queries (the page and the count) whatever
// the filters: the actor's email comes from a join, and day bounds are computed by PostgreSQL,
// which knows the time zones' rules. Read-only: the trail is append-only (a trigger refuses UPDATE
// and DELETE), and nothing here writes.
import { Prisma, type Db, type Role } from "@comptoir/db";
import { literalForLike } from "../like-pattern";
import { nextDay, shopDayStartSql } from "../shop-calendar";

export interface StaffAuditListInput {
  /** The actor's id, or part of their email address. */
  actor?: string;
  entityType?: string;
  entityId?: string;
  /** An exact action ("order.refund"), or a domain ("order") for all of its actions. */
  action?: string;
  /** The shop's calendar days, inclusive (YYYY-MM-DD), in `timeZone`. */
  from?: string;
  to?: string;
  timeZone: string;
  page: number;
  pageSize: number;
}

export interface StaffAuditEntry {
  id: string;
  createdAt: Date;
  action: string;
  actorId: string | null;
  /** Null when the actor is anonymous (a failed login) or their account no longer exists. */
  actorEmail: string | null;
  actorRole: Role | null;
  entityType: string | null;
  entityId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  metadata: Prisma.JsonValue;
}

export interface StaffAuditList {
  items: StaffAuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** The page size is bounded here too, whatever the caller validated. */
export const MAX_AUDIT_PAGE_SIZE = 100;

function conditionsOf(input: StaffAuditListInput): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const actor = input.actor?.trim();
  if (actor) {
    conditions.push(Prisma.sql`(a."actorId" = ${actor} OR u."email" ILIKE ${`%${literalForLike(actor)}%`})`);
  }
  if (input.entityType) conditions.push(Prisma.sql`a."entityType" = ${input.entityType}`);
  if (input.entityId) conditions.push(Prisma.sql`a."entityId" = ${input.entityId}`);
  if (input.action) {
    // "order" finds "order.refund" and "order.note_added"; the (action, createdAt) index serves both.
    conditions.push(
      Prisma.sql`(a."action" = ${input.action} OR a."action" LIKE ${`${literalForLike(input.action)}.%`})`,
    );
  }
  if (input.from) {
    conditions.push(Prisma.sql`a."createdAt" >= ${shopDayStartSql(input.from, input.timeZone)}`);
  }
  if (input.to) {
    // The end day is included: up to the start of the day after.
    conditions.push(Prisma.sql`a."createdAt" < ${shopDayStartSql(nextDay(input.to), input.timeZone)}`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

export async function listAuditEntries(db: Db, input: StaffAuditListInput): Promise<StaffAuditList> {
  const pageSize = Math.min(Math.max(1, Math.trunc(input.pageSize)), MAX_AUDIT_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(input.page));
  const where = conditionsOf(input);
  const from = Prisma.sql`FROM "AuditLog" a LEFT JOIN "User" u ON u."id" = a."actorId"`;
  const [items, counted] = await Promise.all([
    db.$queryRaw<StaffAuditEntry[]>`
      SELECT a."id", a."createdAt", a."action", a."actorId", u."email" AS "actorEmail",
             a."actorRole"::text AS "actorRole", a."entityType", a."entityId", a."ipAddress",
             a."userAgent", a."before", a."after", a."metadata"
      ${from} ${where}
      ORDER BY a."createdAt" DESC, a."id" DESC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" ${from} ${where}`,
  ]);
  return { items, total: counted[0]?.total ?? 0, page, pageSize };
}
