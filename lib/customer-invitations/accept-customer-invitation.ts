import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { notFound } from "@/lib/errors";
import { changedMeanwhileRefusal, claimInvitation, findPendingInvitation } from "@/lib/invitations/find-invitation";
import { notGlobalAdminRefusal } from "@/lib/invitations/invitation-refusals";
import { recordInvitationRefusal } from "@/lib/invitations/record-invitation-refusal";
import { assertIntendedTenant, reloadAccepter } from "./customer-invitation-access";
import { CUSTOMER_INVITATION_KINDS } from "./customer-invitation-kinds";
import { asCustomerInvitation, establishCustomerRelationships, RuleRefusal } from "./establish-customer-relationships";

export const acceptCustomerInvitationSchema = z.strictObject({ token: z.string().max(100) });
export type AcceptCustomerInvitationInput = z.input<typeof acceptCustomerInvitationSchema>;

export type AcceptedCustomerInvitation = { invitationId: string; customerName: string; relationshipIds: string[] };

const KINDS = CUSTOMER_INVITATION_KINDS.kinds;

/**
 * "Accept" on the customer landing page (a POST by a signed-in user; R16): the acceptance of the
 * customer kinds. Only a Global admin of a customer tenant — a partner tenant is refused by R3 (or
 * R4 when it is the inviting provider's own reseller), a customer user without Global admin is
 * told who can accept, and a request sent to a known tenant's address is refused to every other
 * tenant (R16 personalized, FORBIDDEN). One transaction: lib/invitations' conditional claim
 * (UPDATE … WHERE status = 'PENDING' AND expires_at > now(), so 20 concurrent acceptances give
 * one result), R1/R3/R4/existing relationship and, for a joint invitation, R5 run again, the
 * relationship row(s) are inserted (R8: both or neither; R11: other partners' relationships
 * stay), with the audit events and the sender's email. A refused rule rolls all of that back; the
 * refusal is then recorded for the sender (R16) and thrown.
 */
export async function acceptCustomerInvitation(
  actor: UserActor,
  unverifiedInput: AcceptCustomerInvitationInput,
): Promise<AcceptedCustomerInvitation> {
  if (actor?.kind !== "user") throw notFound("invitation");
  const parsed = acceptCustomerInvitationSchema.safeParse(unverifiedInput);
  const token = parsed.success ? parsed.data.token : "";
  const invitation = asCustomerInvitation(await findPendingInvitation(db(), token, KINDS, actor.tenantId));

  let customerName: string | undefined;
  try {
    const result = await db().$transaction(async (tx) => {
      const user = await reloadAccepter(tx, actor);
      customerName = user.tenant.name;
      // R16 personalized: an address of a known tenant binds the request to that tenant.
      await assertIntendedTenant(tx, invitation, user.tenant);
      // A partner tenant goes on to the rules, which refuse it with R3 (or R4) and its explanation.
      if (user.tenant.kind === "CUSTOMER" && user.adminRole !== "GLOBAL_ADMIN") {
        throw await notGlobalAdminRefusal(tx, invitation.kind, user.tenant.id, "accept");
      }
      const claimed = await claimInvitation(tx, invitation.id, token, { userId: user.id, tenantId: user.tenant.id });
      if (!claimed) throw new StateChanged();
      const { relationshipIds } = await establishCustomerRelationships(tx, {
        invitation: asCustomerInvitation(claimed),
        customer: { tenantId: user.tenant.id, name: user.tenant.name },
        actor: { ...actor, email: user.email, name: user.name, adminRole: user.adminRole },
      });
      return { invitationId: claimed.id, customerName: user.tenant.name, relationshipIds };
    });
    wakeEmailWorker();
    return result;
  } catch (error) {
    // Accepted, declined, revoked or expired between the first read and the claim.
    if (error instanceof StateChanged) throw await changedMeanwhileRefusal(db(), token, KINDS, actor.tenantId);
    if (error instanceof RuleRefusal) {
      const { ruleId, refusal } = error;
      await recordInvitationRefusal({ invitation, ruleId, refusal, actor, inviteeName: customerName });
      throw refusal;
    }
    throw error;
  }
}

class StateChanged extends Error {}
