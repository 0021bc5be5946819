import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import type { DomainError } from "@/lib/errors";
import { refusalMessage } from "@/lib/forms";
import type { InvitationKind } from "@/lib/generated/prisma/enums";
import { translator } from "@/lib/i18n/translate";
import { notifyInvitationSender } from "./notify-invitation-sender";

/**
 * After an acceptance was refused by a rule and rolled back (R1, R3, R4, R5, existing
 * relationship): in a short transaction of its own, stamps `lastRefusedAt` / `lastRefusalRule` on
 * the still PENDING invitation, audits `invitation.refused` in the inviter's tenant and emails the
 * sender a REFUSED notice — at most once a day per invitation (the row lock decides under
 * concurrent refusals). Returns whether the sender was emailed; nothing happens when the
 * invitation is no longer pending.
 */
export async function recordInvitationRefusal(input: {
  invitation: {
    id: string;
    kind: InvitationKind;
    inviterId: string;
    coInviterId: string | null;
    sentByUserId: string | null;
    intendedEmail: string | null;
  };
  ruleId: string;
  refusal: DomainError;
  actor: Actor;
  /** The customer organization that tried, when it exists (or is being created). */
  inviteeName?: string;
}): Promise<{ recorded: boolean; notified: boolean }> {
  const { invitation, refusal } = input;
  const outcome = await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ recent: boolean; tenantId: string }[]>`
      SELECT COALESCE(i.last_refused_at > now() - interval '1 day', false) AS recent, p.tenant_id AS "tenantId"
      FROM invitations i JOIN partner_organizations p ON p.id = i.inviter_id
      WHERE i.id = ${invitation.id}::uuid AND i.status = 'PENDING'
      FOR UPDATE OF i`;
    if (!row) return { recorded: false, notified: false };
    await tx.$executeRaw`
      UPDATE invitations SET last_refused_at = now(), last_refusal_rule = ${input.ruleId.slice(0, 10)}, updated_at = now()
      WHERE id = ${invitation.id}::uuid`;
    await recordAuditEvent(tx, {
      actor: input.actor,
      tenantId: row.tenantId,
      action: "invitation.refused",
      target: { type: "invitation", id: invitation.id, label: input.inviteeName ?? invitation.intendedEmail },
      after: {
        rule: input.ruleId,
        reason: refusal.message,
        customer: input.inviteeName ?? null,
        senderNotified: !row.recent,
      },
    });
    if (!row.recent) {
      await notifyInvitationSender(tx, {
        invitation,
        update: "REFUSED",
        inviteeName: input.inviteeName,
        reason: (locale) => refusalMessage(refusal, translator(locale)),
      });
    }
    return { recorded: true, notified: !row.recent };
  });
  if (outcome.notified) wakeEmailWorker();
  return outcome;
}
