import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { assertOperator } from "@/lib/authz/assert-operator";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { DomainError, notFound, validationErrorFrom } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { endRelationshipSchema, type EndRelationshipInput } from "@/lib/support/support-input";
import {
  requesterOf,
  unsafeClaimSupportRequest,
  unsafeRecordClose,
  unsafeRecordReply,
} from "@/lib/support/support-request-steps";

const PARTNER_SELECT = {
  id: true,
  tenantId: true,
  legalName: true,
  pnId: true,
  contactName: true,
  contactEmail: true,
} as const;

/** The primary contact's language: theirs if they are a user of the organization, else English. */
async function contactLocale(tx: Tx, tenantId: string, email: string): Promise<Locale> {
  const user = await tx.user.findFirst({
    where: { tenantId, email: email.toLowerCase() },
    select: { preferredLocale: true },
  });
  return isLocale(user?.preferredLocale) ? user.preferredLocale : "en";
}

/**
 * R15 "End relationship" in the operator console (directly, or from an end-relationship support
 * request): operators only — no partner actor passes, so neither partner can end a relationship.
 * A reason is required. One transaction: a conditional UPDATE ACTIVE → ENDED (endedAt,
 * endedByOperatorId, endReason; the row stays as history, and ending twice is a clear refusal),
 * audit `relationship.provider_reseller_ended` in BOTH partners' logs (the operator's log shows
 * every tenant's events), the relationship-notice email (RELATIONSHIP_ENDED) to both primary
 * contacts, and — when it came from a support request about this relationship — the operator's
 * reply stored, the requester emailed and the request closed.
 *
 * Decision: existing customer relationships are NOT touched. Each partner keeps its own
 * reseller relationship with every customer (R7: each is its own, with the customer's
 * consent); ending the partnership stops new joint business, not the customers' existing ones.
 */
export async function endProviderResellerRelationship(operator: OperatorActor, unverifiedInput: EndRelationshipInput) {
  assertOperator(operator);
  const parsed = endRelationshipSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const { relationshipId, reason, supportRequestId } = parsed.data;

  const result = await db().$transaction(async (tx) => {
    if (supportRequestId !== undefined) {
      const request = await tx.supportRequest.findFirst({
        where: { id: supportRequestId, relationshipId, category: "END_PROVIDER_RESELLER_RELATIONSHIP" },
        select: { id: true },
      });
      if (!request) throw notFound("supportRequest");
    }
    const [ended] = await tx.providerResellerRelationship.updateManyAndReturn({
      where: { id: relationshipId, status: "ACTIVE" },
      data: { status: "ENDED", endedAt: new Date(), endedByOperatorId: operator.operatorId, endReason: reason },
      select: { id: true, providerId: true, resellerId: true, startedAt: true, endedAt: true },
    });
    if (!ended) {
      const current = await tx.providerResellerRelationship.findUnique({
        where: { id: relationshipId },
        select: { endedAt: true },
      });
      if (!current) throw notFound("relationship");
      const date = (current.endedAt ?? new Date()).toISOString().slice(0, 10);
      throw new DomainError("CONFLICT", "endRelationship.alreadyEnded", { rule: "R15", vars: { date } });
    }
    const [provider, reseller] = await Promise.all([
      tx.partnerOrganization.findUniqueOrThrow({ where: { id: ended.providerId }, select: PARTNER_SELECT }),
      tx.partnerOrganization.findUniqueOrThrow({ where: { id: ended.resellerId }, select: PARTNER_SELECT }),
    ]);
    const target = {
      type: "provider_reseller_relationship",
      id: ended.id,
      label: `${provider.legalName} → ${reseller.legalName}`,
    };
    const after = {
      status: "ENDED",
      reason,
      provider: provider.legalName,
      reseller: reseller.legalName,
      ...(supportRequestId ? { supportRequestId } : {}),
    };
    const sides = [
      { partner: provider, counterpart: reseller, detailsPath: "/indirect-resellers" },
      { partner: reseller, counterpart: provider, detailsPath: "/indirect-providers" },
    ];
    for (const side of sides) {
      await recordAuditEvent(tx, {
        actor: operator,
        tenantId: side.partner.tenantId,
        action: "relationship.provider_reseller_ended",
        target,
        before: { status: "ACTIVE" },
        after,
      });
      await enqueueEmail(tx, {
        to: side.partner.contactEmail,
        template: "relationship-notice",
        locale: await contactLocale(tx, side.partner.tenantId, side.partner.contactEmail),
        tenantId: side.partner.tenantId,
        props: {
          kind: "RELATIONSHIP_ENDED",
          organizationName: side.partner.legalName,
          counterpartName: side.counterpart.legalName,
          detailsUrl: appUrl(side.detailsPath),
        },
      });
    }
    if (supportRequestId !== undefined) {
      const { request, previousStatus } = await unsafeClaimSupportRequest(tx, supportRequestId, "CLOSED");
      const t = translator(requesterOf(request).locale);
      const body = t("endRelationship.supportReply", {
        provider: provider.legalName,
        reseller: reseller.legalName,
        reason,
      });
      await unsafeRecordReply(tx, operator, request, body, previousStatus);
      await unsafeRecordClose(tx, operator, request, previousStatus);
    }
    return ended;
  });
  wakeEmailWorker();
  return result;
}
