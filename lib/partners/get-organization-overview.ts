import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

export const CURRENT_PARTNER_AGREEMENT_VERSION = process.env.PARTNER_AGREEMENT_VERSION ?? "2026-01";

/**
 * P-profile-view: the partner organization's profile and program facts for the Overview — legal
 * name, PN ID, enrollments, the Partner Agreement and who signed it. One query. Users without the
 * permission (Helpdesk agent, customer tenants) get "not found"; the page shows them less.
 */
export async function getOrganizationOverview(actor: UserActor) {
  assertPermission(actor, "profile-view");
  const partnerId = actor.partnerId;
  if (!partnerId) throw notFound("organization"); // assertPermission already requires it; this narrows the type
  const partner = await db().partnerOrganization.findFirst({
    where: { id: partnerId, tenantId: actor.tenantId },
    select: {
      id: true,
      pnId: true,
      legalName: true,
      contactEmail: true,
      contactEmailVerifiedAt: true,
      pendingContactEmail: true,
      tenant: { select: { name: true, primaryDomain: true, countryCode: true } },
      enrollments: {
        select: { program: true, status: true, submittedAt: true, decidedAt: true },
        orderBy: { submittedAt: "asc" },
      },
      agreementAcceptances: {
        where: { kind: "PARTNER_AGREEMENT" },
        select: { version: true, signerName: true, acceptedAt: true },
        orderBy: { acceptedAt: "desc" },
        take: 1,
      },
    },
  });
  if (!partner) throw notFound("organization");
  const { tenant, agreementAcceptances, ...profile } = partner;
  const agreement = agreementAcceptances[0] ?? null;
  return {
    ...tenant,
    partner: profile,
    agreement,
    agreementCurrent: agreement?.version === CURRENT_PARTNER_AGREEMENT_VERSION,
    currentAgreementVersion: CURRENT_PARTNER_AGREEMENT_VERSION,
  };
}
