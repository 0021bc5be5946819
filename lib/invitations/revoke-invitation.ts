import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { InvitationKindRules } from "./invitation-kinds";
import { assertMayHandleInvitations, assertPending, lockOwnInvitation } from "./invitation-access";

export const revokeInvitationSchema = z.strictObject({ unverifiedInvitationId: z.string().max(100) });
export type RevokeInvitationInput = z.input<typeof revokeInvitationSchema>;

/**
 * R16 "Revoke": the sender withdraws a PENDING invitation (expired ones too) of its own partner;
 * the link stops working at once. One conditional UPDATE … WHERE status = 'PENDING' with the audit
 * event `invitation.revoked`. The permission follows the kind; another partner's invitation is
 * NOT_FOUND, and `page` limits the kinds to the calling page's (others: NOT_FOUND); an accepted,
 * declined or revoked one is refused naming its state.
 */
export async function revokeInvitation(
  actor: UserActor,
  unverifiedInput: RevokeInvitationInput,
  page: InvitationKindRules,
): Promise<{ invitationId: string; intendedEmail: string | null }> {
  assertMayHandleInvitations(actor);
  const parsed = revokeInvitationSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw notFound("invitation");
  return db().$transaction(async (tx) => {
    const invitation = await lockOwnInvitation(tx, actor, parsed.data.unverifiedInvitationId, page.kinds);
    assertPending(invitation, { allowExpired: true });
    const [revoked] = await tx.$queryRaw<{ id: string }[]>`
      UPDATE invitations SET status = 'REVOKED', revoked_at = now(), updated_at = now()
      WHERE id = ${invitation.id}::uuid AND status = 'PENDING'
      RETURNING id`;
    if (!revoked) throw notFound("invitation"); // unreachable under the row lock; never a silent no-op
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "invitation.revoked",
      target: { type: "invitation", id: invitation.id, label: invitation.intendedEmail },
      before: { status: "PENDING", expired: invitation.expired },
      after: { status: "REVOKED" },
    });
    return { invitationId: invitation.id, intendedEmail: invitation.intendedEmail };
  });
}
