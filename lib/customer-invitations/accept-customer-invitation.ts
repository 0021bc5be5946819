import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { DomainError, notFound } from "@/lib/errors";
import {
  assertIntendedTenant,
  findCustomerInvitation,
  listGlobalAdmins,
  notGlobalAdminRefusal,
  reloadAccepter,
  stateRefusal,
  type CustomerInvitationRow,
} from "./customer-invitation-access";
import { claimCustomerInvitation } from "./claim-customer-invitation";
import { establishCustomerRelationships, RuleRefusal } from "./establish-customer-relationships";
import { recordInvitationRefusal } from "./record-invitation-refusal";

export const acceptCustomerInvitationSchema = z.strictObject({ token: z.string().max(100) });
export type AcceptCustomerInvitationInput = z.input<typeof acceptCustomerInvitationSchema>;

export type AcceptedCustomerInvitation = { invitationId: string; customerName: string; relationshipIds: string[] };

/**
 * "Accept" on the customer landing page (a POST by a signed-in user; R16): only a Global admin of
 * a customer tenant — a partner tenant is refused by R3 (or R4 when it is the inviting provider's
 * own reseller), a customer user without Global admin is told who can accept, and a request sent to
 * a known tenant's address is refused to every other tenant (R16 personalized, FORBIDDEN). One transaction:
 * the conditional UPDATE … WHERE status = 'PENDING' AND expires_at > now() claims the invitation
 * (so 20 concurrent acceptances give one result), R1/R3/R4/existing relationship and, for a
 * joint invitation, R5 run again, the relationship row(s) are inserted (R8: both or neither; R11:
 * other partners' relationships stay), with the audit events and the sender's email. A refused
 * rule rolls all of that back; the refusal is then recorded for the sender (R16) and thrown.
 */
export async function acceptCustomerInvitation(
  actor: UserActor,
  unverifiedInput: AcceptCustomerInvitationInput,
): Promise<AcceptedCustomerInvitation> {
  if (actor?.kind !== "user") throw notFound("invitation");
  const parsed = acceptCustomerInvitationSchema.safeParse(unverifiedInput);
  const token = parsed.success ? parsed.data.token : "";
  const invitation = await findCustomerInvitation(db(), token);
  const stale = stateRefusal(invitation, actor.tenantId);
  if (stale || !invitation) throw stale ?? notFound("invitation");

  let customerName: string | undefined;
  try {
    const result = await db().$transaction(async (tx) => {
      const user = await reloadAccepter(tx, actor);
      customerName = user.tenant.name;
      // R16 personalized: an address of a known tenant binds the request to that tenant.
      await assertIntendedTenant(tx, invitation.intendedEmail, user.tenant);
      // A partner tenant goes on to the rules, which refuse it with R3 (or R4) and its explanation.
      if (user.tenant.kind === "CUSTOMER" && user.adminRole !== "GLOBAL_ADMIN") {
        throw notGlobalAdminRefusal(await listGlobalAdmins(tx, user.tenant.id), "accept");
      }
      const claimed: CustomerInvitationRow | null = await claimCustomerInvitation(tx, invitation.id, token, {
        userId: user.id,
        tenantId: user.tenant.id,
      });
      if (!claimed) throw new StateChanged();
      const { relationshipIds } = await establishCustomerRelationships(tx, {
        invitation: claimed,
        customer: { tenantId: user.tenant.id, name: user.tenant.name },
        actor: { ...actor, email: user.email, name: user.name, adminRole: user.adminRole },
      });
      return { invitationId: claimed.id, customerName: user.tenant.name, relationshipIds };
    });
    wakeEmailWorker();
    return result;
  } catch (error) {
    if (error instanceof StateChanged) {
      // Accepted, declined, revoked or expired between the first read and the claim.
      throw (
        stateRefusal(await findCustomerInvitation(db(), token), actor.tenantId) ??
        new DomainError("CONFLICT", "R16: this request changed meanwhile.", { rule: "R16" })
      );
    }
    if (error instanceof RuleRefusal) {
      await recordInvitationRefusal({
        invitation,
        ruleId: error.ruleId,
        refusal: error.refusal,
        actor,
        inviteeName: customerName,
      });
      throw error.refusal;
    }
    throw error;
  }
}

class StateChanged extends Error {}
