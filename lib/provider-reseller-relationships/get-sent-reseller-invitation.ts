import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/text";

/** The Done page after Send: to whom the provider's own invitation went (P-reseller-invite); null when it isn't the actor's. */
export async function getSentResellerInvitation(actor: UserActor, unverifiedInvitationId: unknown) {
  assertPermission(actor, "reseller-invite");
  if (!isUuid(unverifiedInvitationId) || !actor.partnerId) return null;
  return db().invitation.findFirst({
    where: {
      id: unverifiedInvitationId,
      inviterId: actor.partnerId,
      inviter: { tenantId: actor.tenantId },
      kind: "RESELLER_PARTNERSHIP",
    },
    select: { intendedEmail: true, targetPartner: { select: { legalName: true } } },
  });
}
