import "server-only";
import { SYSTEM } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { isDomainError } from "@/lib/errors";
import { log } from "@/lib/observability/logger";
import { notifyInvitationSender, type SenderNotice } from "./notify-invitation-sender";

const BATCH = 100;

type ExpiredRow = SenderNotice["invitation"] & { expiresAt: Date; inviterTenantId: string };

/**
 * Housekeeping (R16): every invitation of any kind that is still PENDING past its expiry (by the
 * database clock) and whose sender wasn't told yet gets `expiryNotifiedAt`, an `invitation.expired`
 * audit event in the inviter's tenant and an EXPIRED email to the sender — each batch in one
 * transaction, rows claimed with FOR UPDATE SKIP LOCKED so several processes never notify twice.
 * A resent invitation (new expiry, expiryNotifiedAt cleared) can be reported again later.
 * Returns how many invitations were reported.
 */
export async function notifyExpiredInvitations(options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = Math.max(1, Math.min(options.batchSize ?? BATCH, 1000));
  let total = 0;
  for (;;) {
    const count = await db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<ExpiredRow[]>`
        SELECT i.id, i.kind, i.inviter_id AS "inviterId", i.co_inviter_id AS "coInviterId", i.sent_by_user_id AS "sentByUserId",
               i.intended_email AS "intendedEmail", i.expires_at AS "expiresAt", p.tenant_id AS "inviterTenantId"
        FROM invitations i JOIN partner_organizations p ON p.id = i.inviter_id
        WHERE i.status = 'PENDING' AND i.expires_at <= now() AND i.expiry_notified_at IS NULL
        ORDER BY i.expires_at
        LIMIT ${batchSize}::int
        FOR UPDATE OF i SKIP LOCKED`;
      for (const row of rows) {
        await tx.$executeRaw`UPDATE invitations SET expiry_notified_at = now(), updated_at = now() WHERE id = ${row.id}::uuid`;
        await recordAuditEvent(tx, {
          actor: SYSTEM,
          tenantId: row.inviterTenantId,
          action: "invitation.expired",
          target: { type: "invitation", id: row.id, label: row.intendedEmail },
          after: { kind: row.kind, expiresAt: row.expiresAt.toISOString() },
        });
        try {
          await notifyInvitationSender(tx, { invitation: row, update: "EXPIRED" });
        } catch (error) {
          // An address the outbox refuses (checked before any SQL) must not hold up every other notice.
          if (!isDomainError(error)) throw error;
          log("jobs").error({ invitationId: row.id, code: error.code }, "expiry notice not sendable");
        }
      }
      return rows.length;
    });
    total += count;
    if (count < batchSize) break;
  }
  if (total > 0) wakeEmailWorker();
  return total;
}
