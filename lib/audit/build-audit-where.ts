import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "@/lib/db/escape-like";
import type { AuditFilter } from "./parse-audit-filter";

/** Whose events: one tenant (always from the session) or, for the operator, all of them. */
export type AuditScope = { tenantId: string } | { allTenants: true };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The `where` of every audit read. The tenant condition comes from the scope, never from the
 * filter, and is AND-ed with everything else so no filter value can widen it.
 */
export function buildAuditWhere(
  scope: AuditScope,
  filter: AuditFilter,
  resolved: { actorLabels?: string[] | null } = {},
): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if ("tenantId" in scope) and.push({ tenantId: scope.tenantId });
  if (filter.action) and.push({ action: filter.action });
  if (filter.actor) {
    // Labels are normalized (lower-case) emails or "system": a lower-case equality uses the
    // (tenant_id, actor_label, created_at) index. "Contains" uses the labels that
    // unsafeFindActorLabels resolved (equality again), else an ILIKE over the events.
    if (filter.actorExact) and.push({ actorLabel: filter.actor.toLowerCase() });
    else if (resolved.actorLabels) and.push({ actorLabel: { in: resolved.actorLabels } });
    else and.push({ actorLabel: { contains: escapeLike(filter.actor), mode: "insensitive" } });
  }
  // Inclusive days in UTC: from 00:00 of `from` to before 00:00 of the day after `to`.
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00.000Z`) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + DAY_MS) } });
  if (filter.org && "allTenants" in scope) {
    const text = escapeLike(filter.org);
    and.push({
      tenant: {
        is: {
          OR: [{ name: { contains: text, mode: "insensitive" } }, { primaryDomain: { contains: text.toLowerCase() } }],
        },
      },
    });
  }
  return { AND: and };
}
