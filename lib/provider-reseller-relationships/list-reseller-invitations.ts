import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { listSentInvitations } from "@/lib/invitations/list-sent-invitations";
import { loadActiveProvider } from "./partnership-rules";
import { RESELLER_INVITATION_KINDS } from "./reseller-invitation-kinds";

/**
 * The provider's invitations to resellers (P-customers-view to see; active providers only, others
 * get NOT_FOUND): lib/invitations' sent-invitations list of the Indirect resellers page's kinds.
 */
export async function listResellerInvitations(actor: UserActor, options: { page?: unknown } = {}) {
  assertPermission(actor, "customers-view");
  const provider = await loadActiveProvider(db(), actor);
  return listSentInvitations({ partnerId: provider.id, tenantId: actor.tenantId }, RESELLER_INVITATION_KINDS, options);
}
