import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { notFound, validationError, validationErrorFrom } from "@/lib/errors";
import { lockPartnerRow } from "@/lib/partners/lock-partner-row";
import { isWellFormedToken } from "@/lib/tokens";
import { buildInvitationEmail } from "./build-invitation-email";
import {
  assertMayHandleInvitations,
  assertPending,
  invitationTextField,
  lockOwnInvitation,
  tokenMatches,
  type LockedInvitation,
} from "./invitation-access";
import { isOnePendingViolation } from "./create-invitation";
import { INVITATION_KINDS, type InvitationKindRules } from "./invitation-kinds";
import { countInvitationEmail } from "./invitation-rate-limit";
import { RecipientRefusedError } from "./recipient-refused-error";

export const sendInvitationEmailSchema = z.strictObject({
  unverifiedInvitationId: z.string().max(100),
  token: z.string().max(100),
  text: invitationTextField,
  to: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "partnerships.invitation.emailInvalid")
    .pipe(z.union([z.literal(""), z.email({ error: "partnerships.invitation.emailInvalid" })]))
    .optional(),
});
export type SendInvitationEmailInput = z.input<typeof sendInvitationEmailSchema>;

export type SendInvitationEmailResult = { invitationId: string; to: string; alreadySent: boolean };

/**
 * R16 "Send" of a draft: the raw token is never stored, so the draft page posts it back and it
 * must hash to the invitation's token_hash. The invitation must be the actor's own partner's
 * (as inviter), PENDING and unexpired; the permission follows its kind (reseller → P-reseller-invite,
 * customer → P-customer-request). Stores the edited text and the recipient, then writes the audit
 * event `invitation.sent` and the outbox email in one transaction. The recipient is required: a
 * kind whose recipient is fixed (reseller invitations) keeps the address its pre-flight checked (a
 * different `to` is refused); otherwise the invitation may get or change its address here, and
 * the new address passes the page's `checkRecipient` (the customer pre-flight's address rules) for
 * the row's own inviter and co-inviter under the inviter's row lock (RecipientRefusedError, field
 * `to`). `page` limits the kinds to the calling page's (others: NOT_FOUND). Counts one
 * invitation email against the partner's hourly limit (RATE_LIMITED). Sending twice (double
 * submit) sends once.
 */
export async function sendInvitationEmail(
  actor: UserActor,
  unverifiedInput: SendInvitationEmailInput,
  page: InvitationKindRules,
): Promise<SendInvitationEmailResult> {
  assertMayHandleInvitations(actor);
  const parsed = sendInvitationEmailSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;
  if (!isWellFormedToken(input.token)) throw notFound("invitation");
  try {
    const result = await db().$transaction(async (tx) => {
      // The inviter's row lock first, as the create paths take it: serializes the address checks below with new invitations.
      if (!actor.partnerId || !(await lockPartnerRow(tx, actor.partnerId, actor.tenantId)))
        throw notFound("invitation");
      const invitation = await lockOwnInvitation(tx, actor, input.unverifiedInvitationId, page.kinds);
      if (!tokenMatches(invitation.tokenHash, input.token)) throw notFound("invitation");
      assertPending(invitation, { allowExpired: false });
      const to = recipientOf(invitation, input.to || undefined);
      // A double submit: the first Send (same row lock) already queued the email.
      if (invitation.sentAt)
        return { invitationId: invitation.id, to: invitation.intendedEmail ?? to, alreadySent: true };
      if (to !== invitation.intendedEmail && page.checkRecipient) {
        const violations = await page.checkRecipient(tx, invitation, to);
        if (violations.length > 0) throw new RecipientRefusedError(violations);
      }
      await countInvitationEmail(tx, invitation.inviterId);
      const updated = await tx.invitation.update({
        where: { id: invitation.id },
        data: { message: input.text || null, intendedEmail: to, sentByUserId: actor.userId, sentAt: new Date() },
        select: {
          id: true,
          kind: true,
          inviterId: true,
          coInviterId: true,
          intendedEmail: true,
          message: true,
          locale: true,
          expiresAt: true,
        },
      });
      await recordAuditEvent(tx, {
        actor,
        tenantId: actor.tenantId,
        action: "invitation.sent",
        target: { type: "invitation", id: invitation.id, label: to },
        before:
          invitation.intendedEmail && invitation.intendedEmail !== to ? { to: invitation.intendedEmail } : undefined,
        after: { kind: invitation.kind, to, expiresAt: invitation.expiresAt.toISOString() },
      });
      await enqueueEmail(tx, await buildInvitationEmail(tx, updated, input.token));
      return { invitationId: invitation.id, to, alreadySent: false };
    });
    if (!result.alreadySent) wakeEmailWorker();
    return result;
  } catch (error) {
    // One pending invitation per inviter, kind and address (invitation_one_pending).
    if (isOnePendingViolation(error)) throw validationError({ to: "partnerships.invitation.duplicatePending" });
    throw error;
  }
}

function recipientOf(invitation: LockedInvitation, to: string | undefined): string {
  if (INVITATION_KINDS[invitation.kind].recipientFixed) {
    // The pre-flight checked this address against the reseller's users; it can't change after the check.
    if (!invitation.intendedEmail) throw validationError({ to: "partnerships.invitation.emailRequired" });
    if (to && to !== invitation.intendedEmail) throw validationError({ to: "partnerships.invitation.recipientFixed" });
    return invitation.intendedEmail;
  }
  const recipient = to ?? invitation.intendedEmail;
  if (!recipient) throw validationError({ to: "partnerships.invitation.emailRequired" });
  return recipient;
}
