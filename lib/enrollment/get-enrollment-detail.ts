import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { PARTNER_PROFILE_SELECT } from "@/lib/partners/partner-profile-select";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/text";

/**
 * Operator console → an enrollment with everything the partner submitted: legal profile, primary
 * contact and its verification state (R12), support details, the PN ID and its membership
 * directory profile (R13), the tenant, the enrolling user, the organization's other programs and
 * the timeline. Operators only; a malformed or unknown id is "not found".
 */
export async function getEnrollmentDetail(operator: OperatorActor, unverifiedEnrollmentId: string) {
  assertOperator(operator);
  if (!isUuid(unverifiedEnrollmentId)) throw notFound("enrollment");
  const enrollment = await db().programEnrollment.findUnique({
    where: { id: unverifiedEnrollmentId },
    select: {
      id: true,
      program: true,
      status: true,
      viaTransition: true,
      submittedAt: true,
      emailVerifiedAt: true,
      decidedAt: true,
      rejectionReason: true,
      decidedByOperator: { select: { name: true, email: true } },
      startedBy: {
        select: {
          id: true,
          name: true,
          email: true,
          agentRole: true,
          adminRole: true,
          status: true,
          preferredLocale: true,
        },
      },
      partner: {
        select: {
          ...PARTNER_PROFILE_SELECT,
          indirectMoveEligibleAt: true,
          tenant: {
            select: { id: true, name: true, primaryDomain: true, countryCode: true, kind: true, createdAt: true },
          },
          enrollments: { select: { id: true, program: true, status: true }, orderBy: { submittedAt: "asc" } },
        },
      },
    },
  });
  if (!enrollment) throw notFound("enrollment");
  const membershipProfile = await db().organizationProfile.findUnique({
    where: { pnId: enrollment.partner.pnId },
    select: { pnId: true, legalName: true, countryCode: true, active: true },
  });
  const { partner } = enrollment;
  return {
    ...enrollment,
    otherEnrollments: partner.enrollments.filter((other) => other.id !== enrollment.id),
    membershipProfile,
    /** R13 as it stands now: the linked profile is active and in the tenant's country. */
    membershipProfileMatches:
      !!membershipProfile && membershipProfile.active && membershipProfile.countryCode === partner.tenant.countryCode,
  };
}

export type EnrollmentDetail = Awaited<ReturnType<typeof getEnrollmentDetail>>;
