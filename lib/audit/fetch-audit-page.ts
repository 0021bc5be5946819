import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeAuditCursor, type AuditCursor } from "./parse-audit-filter";

export const AUDIT_PAGE_SIZE = 50;

export type AuditPage<Row> = { events: Row[]; previousCursor: string | null; nextCursor: string | null };

type Keyed = { id: string; createdAt: Date };

/**
 * Keyset paging on (created_at, id), newest first. Why not OFFSET: with hundreds of thousands
 * of events OFFSET reads and discards every earlier row, and pages shift while events arrive;
 * a keyset walks the (tenant_id, created_at DESC) index (or (created_at DESC) for the operator)
 * straight to the page, costs the same on page 1 and page 5,000, and never repeats or skips a
 * row (id breaks ties between equal timestamps). The `lte`/`gte` half of each cursor
 * condition is what lets PostgreSQL start the index scan at the cursor.
 *
 * `unsafe`: no permission check and no tenant scope of its own; callers pass a `where` from
 * buildAuditWhere after checking the actor.
 */
export async function unsafeFetchAuditPage<S extends Prisma.AuditEventSelect>(
  where: Prisma.AuditEventWhereInput,
  cursor: AuditCursor | undefined,
  select: S,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage<Prisma.AuditEventGetPayload<{ select: S }>>> {
  const backwards = cursor?.direction === "before";
  const rows = (await db().auditEvent.findMany({
    where: { AND: [where, cursor ? cursorCondition(cursor) : {}] },
    orderBy: backwards ? [{ createdAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { ...select, id: true, createdAt: true } as Prisma.AuditEventSelect,
  })) as unknown as (Prisma.AuditEventGetPayload<{ select: S }> & Keyed)[];

  const hasMore = rows.length > pageSize;
  const events = rows.slice(0, pageSize);
  if (backwards) events.reverse();
  const first = events[0];
  const last = events.at(-1);
  // Coming back (before): there is a next page (where we came from); more rows mean a previous one.
  const hasPrevious = backwards ? hasMore : cursor !== undefined;
  const hasNext = backwards ? true : hasMore;
  return {
    events,
    previousCursor: hasPrevious && first ? encodeAuditCursor(first) : null,
    nextCursor: hasNext && last ? encodeAuditCursor(last) : null,
  };
}

/** Rows strictly after (older than) or before (newer than) the cursor in (created_at DESC, id DESC) order. */
export function cursorCondition(cursor: AuditCursor): Prisma.AuditEventWhereInput {
  const { createdAt, id } = cursor;
  return cursor.direction === "after"
    ? { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { id: { lt: id } }] }
    : { createdAt: { gte: createdAt }, OR: [{ createdAt: { gt: createdAt } }, { id: { gt: id } }] };
}
