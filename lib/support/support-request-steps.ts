import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { DomainError, notFound } from "@/lib/errors";
import type { SupportStatus } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Shared steps of the operator's Reply, Close and End relationship (from a request). `unsafe…`:
// the callers have checked the operator and parsed the input already.

const CLAIM_SELECT = {
  id: true,
  subject: true,
  status: true,
  category: true,
  relationshipId: true,
  partner: { select: { tenantId: true, legalName: true, contactEmail: true, contactName: true } },
  createdBy: { select: { id: true, name: true, email: true, tenantId: true, status: true, preferredLocale: true } },
} as const;

/**
 * Moves a request to `to`: locks its row (SELECT … FOR UPDATE), so of a concurrent Close and Reply
 * the second sees the first's outcome, and a closed request is never reopened. A missing request
 * is NOT_FOUND; a closed one is a clear CONFLICT. Returns the request and its status before.
 */
export async function unsafeClaimSupportRequest(tx: Tx, requestId: string, to: SupportStatus) {
  const [locked] = await tx.$queryRaw<
    { status: SupportStatus }[]
  >`SELECT status FROM support_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
  if (!locked) throw notFound("supportRequest");
  if (locked.status === "CLOSED") throw new DomainError("CONFLICT", "support.alreadyClosed");
  const request = await tx.supportRequest.update({
    where: { id: requestId },
    data: { status: to },
    select: CLAIM_SELECT,
  });
  return { request, previousStatus: locked.status };
}

export type ClaimedRequest = Awaited<ReturnType<typeof unsafeClaimSupportRequest>>["request"];

/** Who hears about the request: its creator while they still belong to the organization and are active, else the primary contact. */
export function requesterOf(request: ClaimedRequest): { email: string; name: string; locale: Locale } {
  const user = request.createdBy;
  if (user && user.tenantId === request.partner.tenantId && user.status === "ACTIVE") {
    return { email: user.email, name: user.name, locale: isLocale(user.preferredLocale) ? user.preferredLocale : "en" };
  }
  return { email: request.partner.contactEmail, name: request.partner.contactName, locale: "en" };
}

/** Stores the operator's reply as a message, audits `support.replied` in the organization's log and emails the requester (support-reply). */
export async function unsafeRecordReply(
  tx: Tx,
  operator: OperatorActor,
  request: ClaimedRequest,
  body: string,
  previousStatus: SupportStatus,
) {
  const message = await tx.supportMessage.create({
    data: { requestId: request.id, operatorId: operator.operatorId, body },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor: operator,
    tenantId: request.partner.tenantId,
    action: "support.replied",
    target: { type: "support_request", id: request.id, label: request.subject },
    before: { status: previousStatus },
    after: { status: request.status, messageId: message.id },
  });
  const requester = requesterOf(request);
  await enqueueEmail(tx, {
    to: requester.email,
    template: "support-reply",
    locale: requester.locale,
    tenantId: request.partner.tenantId,
    props: {
      recipientName: requester.name,
      requestSubject: request.subject,
      reply: body,
      requestUrl: appUrl(`/settings/support/${request.id}`),
    },
  });
  return message;
}

/** Audits `support.closed` in the organization's log. */
export async function unsafeRecordClose(
  tx: Tx,
  operator: OperatorActor,
  request: ClaimedRequest,
  previousStatus: SupportStatus,
) {
  await recordAuditEvent(tx, {
    actor: operator,
    tenantId: request.partner.tenantId,
    action: "support.closed",
    target: { type: "support_request", id: request.id, label: request.subject },
    before: { status: previousStatus },
    after: { status: "CLOSED" },
  });
}
