import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/**
 * P-profile-view: the Overview's agreement steps beyond getOrganizationOverview — the R14 step
 * ("none": no approved move to indirect reseller; "pending": approved, waiting for "Accept and
 * continue"; "accepted") and who can accept agreements (the active Global admins, by name), for
 * people who can't. The actor's own organization only.
 */
export async function getAgreementSteps(actor: UserActor) {
  assertPermission(actor, "profile-view");
  if (!actor.partnerId) throw notFound("The organization");
  const partner = await db().partnerOrganization.findFirst({
    where: { id: actor.partnerId, tenantId: actor.tenantId },
    select: {
      legalName: true,
      enrollments: { where: { program: "INDIRECT_RESELLER", viaTransition: true, status: "APPROVED" }, select: { decidedAt: true } },
      agreementAcceptances: {
        where: { kind: "INDIRECT_RESELLER_AGREEMENT" },
        select: { version: true, signerName: true, acceptedAt: true },
        orderBy: { acceptedAt: "asc" },
        take: 1,
      },
      tenant: {
        select: {
          users: { where: { adminRole: "GLOBAL_ADMIN", status: "ACTIVE" }, select: { name: true }, orderBy: { name: "asc" }, take: 5 },
        },
      },
    },
  });
  if (!partner) throw notFound("The organization");
  const transitionAcceptance = partner.agreementAcceptances[0] ?? null;
  const transition = transitionAcceptance ? "accepted" : partner.enrollments.length > 0 ? "pending" : "none";
  return {
    organizationName: partner.legalName,
    transition: transition as "none" | "pending" | "accepted",
    transitionAcceptance,
    globalAdminNames: partner.tenant.users.map((user) => user.name),
  };
}
