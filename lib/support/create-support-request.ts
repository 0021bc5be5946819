import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { validationError, validationErrorFrom } from "@/lib/errors";
import { lockPartnerRow } from "@/lib/partners/lock-partner-row";
import { isUuid } from "@/lib/text";
import { createSupportRequestSchema, type CreateSupportRequestInput } from "./support-input";

/**
 * Settings → Support → "Create a request" (P-support-request: Global admins only). The request
 * belongs to the actor's own organization. "End a provider–reseller relationship" (R15: only the
 * vendor ends one) requires one of the organization's ACTIVE provider–reseller relationships —
 * either side — checked inside the transaction against the actor's own partner; anything else
 * (another organization's, an ended one, a malformed id) is a field message and nothing is created.
 * Other categories carry no relationship. Audit `support.request_created` in the same transaction.
 * A double submit (the same user, category, subject and text within a minute) returns the request
 * already created instead of a second one; the partner row lock serializes the two submits.
 */
export async function createSupportRequest(actor: UserActor, unverifiedInput: CreateSupportRequestInput) {
  assertPermission(actor, "support-request");
  const partnerId = actor.partnerId!; // assertPermission requires a partner organization
  const parsed = createSupportRequestSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;
  const endRequest = input.category === "END_PROVIDER_RESELLER_RELATIONSHIP";
  if (endRequest && !input.relationshipId) throw validationError({ relationshipId: "support.relationshipRequired" });
  if (endRequest && !isUuid(input.relationshipId))
    throw validationError({ relationshipId: "support.relationshipInvalid" });

  return db().$transaction(async (tx) => {
    await lockPartnerRow(tx, partnerId);
    const duplicate = await tx.supportRequest.findFirst({
      where: {
        partnerId,
        createdByUserId: actor.userId,
        category: input.category,
        subject: input.subject,
        description: input.description,
        createdAt: { gt: new Date(Date.now() - 60_000) },
      },
      select: { id: true, category: true, subject: true, status: true, relationshipId: true },
    });
    if (duplicate) return duplicate;
    const relationship = endRequest
      ? await tx.providerResellerRelationship.findFirst({
          where: {
            id: input.relationshipId,
            status: "ACTIVE",
            OR: [
              { providerId: partnerId, provider: { tenantId: actor.tenantId } },
              { resellerId: partnerId, reseller: { tenantId: actor.tenantId } },
            ],
          },
          select: { id: true, provider: { select: { legalName: true } }, reseller: { select: { legalName: true } } },
        })
      : null;
    if (endRequest && !relationship) throw validationError({ relationshipId: "support.relationshipInvalid" });
    const request = await tx.supportRequest.create({
      data: {
        partnerId,
        createdByUserId: actor.userId,
        category: input.category,
        subject: input.subject,
        description: input.description,
        relationshipId: relationship?.id ?? null,
      },
      select: { id: true, category: true, subject: true, status: true, relationshipId: true },
    });
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "support.request_created",
      target: { type: "support_request", id: request.id, label: request.subject },
      after: {
        category: request.category,
        subject: request.subject,
        ...(relationship
          ? {
              relationshipId: relationship.id,
              provider: relationship.provider.legalName,
              reseller: relationship.reseller.legalName,
            }
          : {}),
      },
    });
    return request;
  });
}
