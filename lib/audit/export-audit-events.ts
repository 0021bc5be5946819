import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { AUDIT_EVENT_SELECT, type AuditEventRow } from "./audit-event-select";
import { buildAuditWhere } from "./build-audit-where";
import { unsafeFindActorLabels } from "./find-actor-labels";
import { jsonCell, toCsvChunks, type CsvColumn } from "./format-csv";
import { unsafeIterateAuditEvents } from "./iterate-audit-events";
import type { AuditFilter } from "./parse-audit-filter";

// Stable, machine-readable headers: exports feed scripts and SIEMs, whatever the UI language.
export const AUDIT_CSV_COLUMNS: readonly CsvColumn<AuditEventRow>[] = [
  ["time_utc", (row) => row.createdAt.toISOString()],
  ["actor", (row) => row.actorLabel],
  ["action", (row) => row.action],
  ["target_type", (row) => row.targetType],
  ["target_id", (row) => row.targetId],
  ["target", (row) => row.targetLabel],
  ["before", (row) => jsonCell(row.before)],
  ["after", (row) => jsonCell(row.after)],
  ["ip", (row) => row.ip],
];

/**
 * The filtered events of the actor's organization as CSV chunks (SPEC §6, P-audit-view), all
 * pages from the newest, up to AUDIT_EXPORT_LIMIT rows. The check runs here, before the first
 * chunk, not lazily when the stream is read.
 */
export async function exportAuditEvents(actor: UserActor, filter: AuditFilter): Promise<AsyncGenerator<string>> {
  assertPermission(actor, "audit-view");
  const actorLabels =
    filter.actor && !filter.actorExact ? await unsafeFindActorLabels(actor.tenantId, filter.actor) : undefined;
  const where = buildAuditWhere({ tenantId: actor.tenantId }, { ...filter, cursor: undefined }, { actorLabels });
  return toCsvChunks(unsafeIterateAuditEvents(where, AUDIT_EVENT_SELECT), AUDIT_CSV_COLUMNS);
}
