import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { notFound } from "@/lib/errors";
import { newToken } from "@/lib/tokens";
import { buildInvitationEmail } from "./build-invitation-email";
import type { InvitationKindRules } from "./invitation-kinds";
import { assertMayHandleInvitations, assertPending, lockOwnInvitation } from "./invitation-access";
import { countInvitationEmail } from "./invitation-rate-limit";
import { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS, INVITATION_MIN_DAYS, invitationUrl } from "./invitation-links";

export const resendInvitationSchema = z.strictObject({ unverifiedInvitationId: z.string().max(100) });
export type ResendInvitationInput = z.input<typeof resendInvitationSchema>;

export type ResendInvitationResult = {
  invitationId: string;
  token: string;
  url: string;
  expiresAt: Date;
  emailedTo: string | null;
};

const DAY_MS = 24 * 3600 * 1000;

/**
 * R16 "Resend": a new token (the old link dies at once: only the new hash is stored), a new
 * expiry from the database clock (as many days as the invitation's last lifetime, 1–90, else the
 * default), `resentAt`, audit `invitation.resent`, and the email again when the invitation has an
 * address — one transaction. Only the actor's own partner's PENDING invitations (expired ones
 * too); the permission follows the kind, and `page` limits the kinds to the calling page's
 * (others: NOT_FOUND). Counts one invitation email against the partner's hourly limit
 * (RATE_LIMITED). Returns the new link for the page (a customer request without an address is
 * copied by the partner).
 */
export async function resendInvitation(
  actor: UserActor,
  unverifiedInput: ResendInvitationInput,
  page: InvitationKindRules,
): Promise<ResendInvitationResult> {
  assertMayHandleInvitations(actor);
  const parsed = resendInvitationSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw notFound("invitation");
  const { token, tokenHash } = newToken();
  const result = await db().$transaction(async (tx) => {
    const invitation = await lockOwnInvitation(tx, actor, parsed.data.unverifiedInvitationId, page.kinds);
    assertPending(invitation, { allowExpired: true });
    await countInvitationEmail(tx, invitation.inviterId);
    const lifetime = Math.round(
      (invitation.expiresAt.getTime() - (invitation.resentAt ?? invitation.createdAt).getTime()) / DAY_MS,
    );
    const days =
      lifetime >= INVITATION_MIN_DAYS && lifetime <= INVITATION_MAX_DAYS ? lifetime : INVITATION_DEFAULT_DAYS;
    const [renewed] = await tx.$queryRaw<{ expiresAt: Date }[]>`
      UPDATE invitations
      SET token_hash = ${tokenHash}, expires_at = now() + make_interval(days => ${days}::int), resent_at = now(),
          expiry_notified_at = NULL, updated_at = now()
      WHERE id = ${invitation.id}::uuid AND status = 'PENDING'
      RETURNING expires_at AS "expiresAt"`;
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "invitation.resent",
      target: { type: "invitation", id: invitation.id, label: invitation.intendedEmail },
      before: { expiresAt: invitation.expiresAt.toISOString(), expired: invitation.expired },
      after: { expiresAt: renewed.expiresAt.toISOString(), days, emailed: Boolean(invitation.intendedEmail) },
    });
    if (invitation.intendedEmail) {
      await enqueueEmail(tx, await buildInvitationEmail(tx, { ...invitation, expiresAt: renewed.expiresAt }, token));
    }
    return {
      invitationId: invitation.id,
      token,
      url: invitationUrl(invitation.kind, token),
      expiresAt: renewed.expiresAt,
      emailedTo: invitation.intendedEmail,
    };
  });
  if (result.emailedTo) wakeEmailWorker();
  return result;
}
