import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/**
 * P-profile-view: the Overview's R14 and agreement steps beyond getOrganizationOverview — whether
 * the move to indirect reseller is offered (eligible, not started), the R14 step ("none": no
 * approved move; "pending": approved, waiting for "Accept and continue"; "accepted") and who can
 * accept agreements (the active Global admins, by name), for people who can't. The actor's own
 * organization only.
 */
export async function getAgreementSteps(actor: UserActor) {
  assertPermission(actor, "profile-view");
  if (!actor.partnerId) throw notFound("organization");
  const partner = await db().partnerOrganization.findFirst({
    where: { id: actor.partnerId, tenantId: actor.tenantId },
    select: {
      legalName: true,
      indirectMoveEligibleAt: true,
      enrollments: { select: { program: true, status: true, viaTransition: true } },
      agreementAcceptances: {
        where: { kind: "INDIRECT_RESELLER_AGREEMENT" },
        select: { version: true, signerName: true, acceptedAt: true },
        orderBy: { acceptedAt: "asc" },
        take: 1,
      },
      tenant: {
        select: {
          users: {
            where: { adminRole: "GLOBAL_ADMIN", status: "ACTIVE" },
            select: { name: true },
            orderBy: { name: "asc" },
            take: 5,
          },
        },
      },
    },
  });
  if (!partner) throw notFound("organization");
  const transitionAcceptance = partner.agreementAcceptances[0] ?? null;
  const approvedMove = partner.enrollments.some(
    (e) => e.program === "INDIRECT_RESELLER" && e.viaTransition && e.status === "APPROVED",
  );
  const transition = transitionAcceptance ? "accepted" : approvedMove ? "pending" : "none";
  // R14: the operator marked this direct-bill partner eligible and it hasn't enrolled as indirect reseller yet.
  const moveOffered =
    partner.indirectMoveEligibleAt !== null &&
    partner.enrollments.some((e) => e.program === "DIRECT_BILL" && e.status === "APPROVED") &&
    !partner.enrollments.some((e) => e.program === "INDIRECT_RESELLER");
  return {
    organizationName: partner.legalName,
    transition: transition as "none" | "pending" | "accepted",
    transitionAcceptance,
    moveOffered,
    globalAdminNames: partner.tenant.users.map((user) => user.name),
  };
}
