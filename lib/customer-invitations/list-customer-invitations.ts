import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { listSentInvitations } from "@/lib/invitations/list-sent-invitations";
import { CUSTOMER_INVITATION_KINDS } from "./customer-invitation-kinds";

/**
 * "Sent requests" (P-customer-request): lib/invitations' sent-invitations list of the customer
 * pages' kinds — the requests and joint invitations the actor's partner sent, plus the joint
 * invitations it co-sends as provider (read-only for it); scoped by the session's partner and tenant.
 */
export async function listCustomerInvitations(actor: UserActor, options: { page?: unknown } = {}) {
  assertPermission(actor, "customer-request");
  return listSentInvitations(
    { partnerId: actor.partnerId!, tenantId: actor.tenantId },
    CUSTOMER_INVITATION_KINDS,
    options,
  );
}
