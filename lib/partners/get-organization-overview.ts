import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

export const CURRENT_PARTNER_AGREEMENT_VERSION = process.env.PARTNER_AGREEMENT_VERSION ?? "2026-01";

/** The signed-in user's organization with its programs, agreement and (for customers) partners. One query. */
export async function getOrganizationOverview(actor: UserActor) {
  const tenant = await db().tenant.findUnique({
    where: { id: actor.tenantId },
    select: {
      id: true,
      kind: true,
      name: true,
      primaryDomain: true,
      countryCode: true,
      partner: {
        select: {
          id: true,
          pnId: true,
          legalName: true,
          contactEmailVerifiedAt: true,
          enrollments: { select: { program: true, status: true, submittedAt: true, decidedAt: true }, orderBy: { submittedAt: "asc" } },
          agreementAcceptances: {
            where: { kind: "PARTNER_AGREEMENT" },
            select: { version: true, signerName: true, acceptedAt: true },
            orderBy: { acceptedAt: "desc" },
            take: 1,
          },
        },
      },
      customerRelationships: {
        where: { status: "ACTIVE" },
        select: { channel: true, startedAt: true, partner: { select: { legalName: true, pnId: true } } },
        orderBy: { startedAt: "asc" },
        take: 50,
      },
    },
  });
  if (!tenant) throw notFound("The organization");
  const agreement = tenant.partner?.agreementAcceptances[0] ?? null;
  return {
    ...tenant,
    agreement,
    agreementCurrent: agreement?.version === CURRENT_PARTNER_AGREEMENT_VERSION,
    currentAgreementVersion: CURRENT_PARTNER_AGREEMENT_VERSION,
  };
}

/** Programs whose enrollment is approved: what the navigation may offer. */
export async function listActivePrograms(actor: UserActor) {
  if (!actor.partnerId) return [];
  const rows = await db().programEnrollment.findMany({ where: { partnerId: actor.partnerId, status: "APPROVED" }, select: { program: true } });
  return rows.map((row) => row.program);
}
