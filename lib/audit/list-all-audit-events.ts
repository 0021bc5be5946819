import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { AUDIT_EVENT_WITH_TENANT_SELECT } from "./audit-event-select";
import { buildAuditWhere } from "./build-audit-where";
import { unsafeFetchAuditPage } from "./fetch-audit-page";
import type { AuditFilter } from "./parse-audit-filter";

/** Operator console: one page of every organization's audit events (and platform-only ones), newest first. */
export async function listAllAuditEvents(operator: OperatorActor, filter: AuditFilter) {
  assertOperator(operator);
  return unsafeFetchAuditPage(
    buildAuditWhere({ allTenants: true }, filter),
    filter.cursor,
    AUDIT_EVENT_WITH_TENANT_SELECT,
  );
}
