import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { AUDIT_EVENT_WITH_TENANT_SELECT, type AuditEventWithTenantRow } from "./audit-event-select";
import { buildAuditWhere } from "./build-audit-where";
import { AUDIT_CSV_COLUMNS } from "./export-audit-events";
import type { CsvColumn } from "./format-csv";
import { toCsvChunks } from "./format-csv";
import { unsafeIterateAuditEvents } from "./iterate-audit-events";
import type { AuditFilter } from "./parse-audit-filter";

const COLUMNS: readonly CsvColumn<AuditEventWithTenantRow>[] = [
  AUDIT_CSV_COLUMNS[0],
  ["organization", (row) => row.tenant?.name ?? null],
  ["organization_domain", (row) => row.tenant?.primaryDomain ?? null],
  ...AUDIT_CSV_COLUMNS.slice(1),
];

/** Operator console: every organization's filtered events as CSV chunks (up to AUDIT_EXPORT_LIMIT rows). */
export async function exportAllAuditEvents(
  operator: OperatorActor,
  filter: AuditFilter,
): Promise<AsyncGenerator<string>> {
  assertOperator(operator);
  const where = buildAuditWhere({ allTenants: true }, { ...filter, cursor: undefined });
  return toCsvChunks(unsafeIterateAuditEvents(where, AUDIT_EVENT_WITH_TENANT_SELECT), COLUMNS);
}
