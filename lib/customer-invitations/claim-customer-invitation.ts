import "server-only";
import type { Tx } from "@/lib/db/client";
import { hashToken } from "@/lib/tokens";
import type { CustomerInvitationRow } from "./customer-invitation-access";

/**
 * R16 single use: the one conditional UPDATE that turns a PENDING, unexpired (database clock)
 * customer invitation into ACCEPTED for this user and tenant, inside the caller's transaction.
 * Concurrent callers queue on the row lock and all but the first get null. The caller's
 * rollback (a refused rule) makes the invitation PENDING again. The UPDATE also matches the
 * token's hash, so a link that was resent (a new token) after the caller's lookup claims nothing.
 */
export async function claimCustomerInvitation(
  tx: Tx,
  invitationId: string,
  token: string,
  by: { userId: string; tenantId: string },
): Promise<CustomerInvitationRow | null> {
  const [claimed] = await tx.$queryRaw<CustomerInvitationRow[]>`
    UPDATE invitations
    SET status = 'ACCEPTED', accepted_at = now(), accepted_by_user_id = ${by.userId}::uuid, accepted_tenant_id = ${by.tenantId}::uuid, updated_at = now()
    WHERE id = ${invitationId}::uuid AND token_hash = ${hashToken(token)} AND status = 'PENDING' AND expires_at > now()
      AND kind IN ('CUSTOMER_RELATIONSHIP', 'CUSTOMER_JOINT')
    RETURNING id, kind, status, inviter_id AS "inviterId", co_inviter_id AS "coInviterId", sent_by_user_id AS "sentByUserId",
              intended_email AS "intendedEmail", accepted_tenant_id AS "acceptedTenantId", accepted_at AS "acceptedAt",
              expires_at AS "expiresAt", false AS expired`;
  return claimed ?? null;
}
