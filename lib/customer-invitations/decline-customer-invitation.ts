import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { DomainError, notFound } from "@/lib/errors";
import { changedMeanwhileRefusal, findPendingInvitation } from "@/lib/invitations/find-invitation";
import { partnerIdsOf } from "@/lib/invitations/invitation-kinds";
import { notGlobalAdminRefusal } from "@/lib/invitations/invitation-refusals";
import { notifyInvitationSender } from "@/lib/invitations/notify-invitation-sender";
import { hashToken } from "@/lib/tokens";
import { assertIntendedTenant, reloadAccepter } from "./customer-invitation-access";
import { CUSTOMER_INVITATION_KINDS } from "./customer-invitation-kinds";
import { asCustomerInvitation } from "./establish-customer-relationships";

const KINDS = CUSTOMER_INVITATION_KINDS.kinds;

export const declineCustomerInvitationSchema = z.strictObject({ token: z.string().max(100) });
export type DeclineCustomerInvitationInput = z.input<typeof declineCustomerInvitationSchema>;

/**
 * "Decline" on the customer landing page (a POST; R16): a Global admin of a customer tenant ends a
 * PENDING, unexpired request with one conditional UPDATE → DECLINED (the link dies), audits
 * `invitation.declined` in the customer's and each inviting partner's tenant and emails the
 * sender — one transaction. Partner tenants, customer users without Global admin and (R16
 * personalized) tenants other than the one the request's address belongs to are refused; a
 * resent link's old token declines nothing (the UPDATE matches the token's hash).
 */
export async function declineCustomerInvitation(
  actor: UserActor,
  unverifiedInput: DeclineCustomerInvitationInput,
): Promise<{ invitationId: string }> {
  if (actor?.kind !== "user") throw notFound("invitation");
  const parsed = declineCustomerInvitationSchema.safeParse(unverifiedInput);
  const token = parsed.success ? parsed.data.token : "";
  const invitation = asCustomerInvitation(await findPendingInvitation(db(), token, KINDS, actor.tenantId));

  const declined = await db().$transaction(async (tx) => {
    const user = await reloadAccepter(tx, actor);
    // R16 personalized: an address of a known tenant binds the request to that tenant.
    await assertIntendedTenant(tx, invitation, user.tenant);
    if (user.tenant.kind !== "CUSTOMER")
      throw new DomainError("FORBIDDEN", "invites.decline.partnerTenant", { rule: "R3" });
    if (user.adminRole !== "GLOBAL_ADMIN")
      throw await notGlobalAdminRefusal(tx, invitation.kind, user.tenant.id, "decline");
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      UPDATE invitations SET status = 'DECLINED', declined_at = now(), updated_at = now()
      WHERE id = ${invitation.id}::uuid AND token_hash = ${hashToken(token)} AND status = 'PENDING' AND expires_at > now()
      RETURNING id`;
    if (!row) return null;
    const partners = await tx.partnerOrganization.findMany({
      where: { id: { in: partnerIdsOf(invitation) } },
      select: { tenantId: true },
    });
    for (const tenantId of [user.tenant.id, ...partners.map((partner) => partner.tenantId)]) {
      await recordAuditEvent(tx, {
        actor,
        tenantId,
        action: "invitation.declined",
        target: { type: "invitation", id: invitation.id, label: user.tenant.name },
        before: { status: "PENDING" },
        after: { status: "DECLINED", kind: invitation.kind, customer: user.tenant.name },
      });
    }
    await notifyInvitationSender(tx, { invitation, update: "DECLINED", inviteeName: user.tenant.name });
    return { invitationId: row.id };
  });
  if (!declined) throw await changedMeanwhileRefusal(db(), token, KINDS, actor.tenantId);
  wakeEmailWorker();
  return declined;
}
