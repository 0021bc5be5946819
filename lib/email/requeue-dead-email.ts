import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isUuid } from "@/lib/text";
import { wakeEmailWorker } from "./worker";

/** Whose emails may be re-queued: one tenant's (always from the session) or, for the operator, any. */
export type DeadEmailScope = { tenantId: string } | { allTenants: true };

export type RequeuedEmail = { id: string; toAddress: string };

/** Not (or no longer) a DEAD email in the scope: one answer for missing, foreign and already retried. */
const notFound = () => new DomainError("NOT_FOUND", "deadEmails.notFound");

/**
 * Puts one DEAD email back in the outbox as new (status PENDING, attempts 0, due now by database
 * time) and records "email.retried" in the same transaction, then wakes the worker. The body was
 * kept in the row, so the same message is sent again. An id outside the scope, malformed, or no
 * longer DEAD (e.g. a double submit) answers "not found": the conditional UPDATE lets exactly one
 * of two concurrent retries through.
 * `unsafe`: no permission check; callers check the actor and pass its scope.
 */
export async function unsafeRequeueDeadEmail(
  actor: Actor,
  scope: DeadEmailScope,
  unverifiedEmailId: string,
): Promise<RequeuedEmail> {
  if (!isUuid(unverifiedEmailId)) throw notFound();
  const requeued = await db().$transaction(async (tx) => {
    const email = await tx.outboxEmail.findFirst({
      where: { id: unverifiedEmailId, status: "DEAD", ...("tenantId" in scope ? { tenantId: scope.tenantId } : {}) },
      select: { id: true, tenantId: true, toAddress: true, template: true, attempts: true },
    });
    if (!email) throw notFound();
    const updated = await tx.$executeRaw`
      UPDATE outbox_emails
         SET status = 'PENDING', attempts = 0, next_attempt_at = now(), updated_at = now()
       WHERE id = ${email.id}::uuid AND status = 'DEAD'`;
    if (updated !== 1) throw notFound(); // another retry got there first
    await recordAuditEvent(tx, {
      actor,
      tenantId: email.tenantId,
      action: "email.retried",
      target: { type: "email", id: email.id, label: email.toAddress },
      before: { status: "DEAD", attempts: email.attempts },
      after: { status: "PENDING", attempts: 0 },
    });
    return { id: email.id, toAddress: email.toAddress };
  });
  wakeEmailWorker();
  return requeued;
}
