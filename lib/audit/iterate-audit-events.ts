import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cursorCondition } from "./fetch-audit-page";
import type { AuditCursor } from "./parse-audit-filter";

/** The export's ceiling: a year of a busy organization, still one download. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/**
 * Batches of events, newest first, walking the same (created_at, id) keyset as the pages, so
 * memory stays at one batch and each batch is an index range scan (no OFFSET).
 * `unsafe`: callers check the actor and build `where` with buildAuditWhere.
 */
export async function* unsafeIterateAuditEvents<S extends Prisma.AuditEventSelect>(
  where: Prisma.AuditEventWhereInput,
  select: S,
  options: { limit?: number; batchSize?: number } = {},
): AsyncGenerator<Prisma.AuditEventGetPayload<{ select: S }>[]> {
  const limit = options.limit ?? AUDIT_EXPORT_LIMIT;
  const batchSize = options.batchSize ?? 1000;
  let cursor: AuditCursor | undefined;
  let delivered = 0;
  while (delivered < limit) {
    const take = Math.min(batchSize, limit - delivered);
    const rows = (await db().auditEvent.findMany({
      where: { AND: [where, cursor ? cursorCondition(cursor) : {}] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: { ...select, id: true, createdAt: true } as Prisma.AuditEventSelect,
    })) as unknown as (Prisma.AuditEventGetPayload<{ select: S }> & { id: string; createdAt: Date })[];
    if (rows.length > 0) yield rows;
    delivered += rows.length;
    if (rows.length < take) return;
    const last = rows[rows.length - 1];
    cursor = { direction: "after", createdAt: last.createdAt, id: last.id };
  }
}
