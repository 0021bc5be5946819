import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { sortAuditActions } from "./actions";

/**
 * The actions present in the actor's organization's log, for the filter's choices (P-audit-view).
 * A loose index scan: each step jumps through the (tenant_id, action, created_at) index to the
 * next larger action, so the cost is one index probe per distinct action (a dozen or so),
 * not a scan of the tenant's events.
 */
export async function listAuditActions(actor: UserActor): Promise<string[]> {
  assertPermission(actor, "audit-view");
  const rows = await db().$queryRaw<{ action: string }[]>`
    WITH RECURSIVE present(action) AS (
      (SELECT action FROM audit_events WHERE tenant_id = ${actor.tenantId}::uuid ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT e.action FROM audit_events e WHERE e.tenant_id = ${actor.tenantId}::uuid AND e.action > present.action ORDER BY e.action LIMIT 1)
      FROM present WHERE present.action IS NOT NULL
    )
    SELECT action FROM present WHERE action IS NOT NULL`;
  return sortAuditActions(rows.map((row) => row.action));
}
