import "server-only";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";

/** Past this many distinct actors the lookup stops and the caller falls back to a plain ILIKE. */
const MAX_DISTINCT_LABELS = 5_000;

/**
 * The tenant's actor labels containing `text` (case-insensitive), or null when the tenant has
 * too many distinct actors to enumerate. Why: "contains" can't use a b-tree, and an ILIKE over
 * the events scans all of them (≈0.5–1 s at 300k events). The distinct labels are few (one per
 * person who ever acted), and a loose index scan over (tenant_id, actor_label, created_at)
 * lists them with one index probe each; the page then filters by equality on the same index.
 * `unsafe`: no permission check; callers pass the session's tenant.
 */
export async function unsafeFindActorLabels(tenantId: string, text: string): Promise<string[] | null> {
  const pattern = `%${escapeLike(text)}%`;
  const [row] = await db().$queryRaw<{ matches: string[] | null; total: bigint }[]>`
    WITH RECURSIVE labels(label, n) AS (
      (SELECT actor_label, 1 FROM audit_events WHERE tenant_id = ${tenantId}::uuid ORDER BY actor_label LIMIT 1)
      UNION ALL
      SELECT (SELECT e.actor_label FROM audit_events e WHERE e.tenant_id = ${tenantId}::uuid AND e.actor_label > labels.label ORDER BY e.actor_label LIMIT 1), n + 1
      FROM labels WHERE labels.label IS NOT NULL AND n < ${MAX_DISTINCT_LABELS}
    )
    SELECT array_agg(label) FILTER (WHERE label ILIKE ${pattern} ESCAPE '\\') AS matches, count(label) AS total FROM labels`;
  if (!row || Number(row.total) >= MAX_DISTINCT_LABELS) return null;
  return row.matches ?? [];
}
