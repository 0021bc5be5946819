import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { refusalMessage, type DomainError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";
import { notifyInvitationSender, type SenderNotice } from "./notify-invitation-sender";

/** A refusal as the sender reads it in `locale`, naming its rule ("R1: …"). */
const reasonIn = (refusal: DomainError) => (locale: Parameters<typeof translator>[0]) =>
  refusalMessage(refusal, translator(locale));

/**
 * After an acceptance of any kind was refused by a rule and rolled back (a customer's R1, R3, R4,
 * R5, existing relationship; a reseller's R2, R14, existing relationship): in a short
 * transaction of its own, stamps `lastRefusedAt` / `lastRefusalRule` on the still PENDING
 * invitation (the sender's list shows it), audits `invitation.refused` in the inviter's tenant
 * (naming the invitee's organization, never the user who tried: recordAuditEvent) and emails the sender a REFUSED notice — at most once a day per invitation (the row lock
 * decides under concurrent refusals). Nothing happens when the invitation is no longer pending.
 */
export async function recordInvitationRefusal(input: {
  invitation: SenderNotice["invitation"];
  /** What the sender sees as the refused rule: "R1" … or "EXISTING" for an existing relationship. */
  ruleId: string;
  refusal: DomainError;
  actor: Actor;
  /** The invited organization that tried, when it exists (or is being created). */
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
        kind: invitation.kind,
        rule: input.ruleId,
        reason: refusal.message,
        invitee: input.inviteeName ?? null,
        senderNotified: !row.recent,
      },
    });
    if (!row.recent) {
      const reason = reasonIn(refusal);
      await notifyInvitationSender(tx, { invitation, update: "REFUSED", inviteeName: input.inviteeName, reason });
    }
    return { recorded: true, notified: !row.recent };
  });
  if (outcome.notified) wakeEmailWorker();
  return outcome;
}
