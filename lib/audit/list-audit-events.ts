import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { AUDIT_EVENT_SELECT } from "./audit-event-select";
import { buildAuditWhere } from "./build-audit-where";
import { unsafeFetchAuditPage } from "./fetch-audit-page";
import { unsafeFindActorLabels } from "./find-actor-labels";
import type { AuditFilter } from "./parse-audit-filter";

/** One page (50) of the actor's organization's audit events, newest first (SPEC §6, P-audit-view). */
export async function listAuditEvents(actor: UserActor, filter: AuditFilter) {
  assertPermission(actor, "audit-view");
  // The tenant is the session's; nothing in the filter can name another one.
  const actorLabels =
    filter.actor && !filter.actorExact ? await unsafeFindActorLabels(actor.tenantId, filter.actor) : undefined;
  return unsafeFetchAuditPage(
    buildAuditWhere({ tenantId: actor.tenantId }, filter, { actorLabels }),
    filter.cursor,
    AUDIT_EVENT_SELECT,
  );
}
