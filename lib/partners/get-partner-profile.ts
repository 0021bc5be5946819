import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db/client";
import { PARTNER_PROFILE_SELECT } from "@/lib/partners/partner-profile-select";
import { notFound } from "@/lib/errors";
import type { AgreementKind, EnrollmentStatus, Program } from "@/lib/generated/prisma/enums";

export type ProgramTimelineStep = {
  step: "SUBMITTED" | "EMAIL_VERIFIED" | "IN_REVIEW" | "APPROVED" | "REJECTED";
  at: Date | null;
  reason?: string | null;
};

export type ProgramInfo = {
  program: Program;
  status: EnrollmentStatus;
  viaTransition: boolean;
  timeline: ProgramTimelineStep[];
};

export type AgreementInfo = {
  kind: AgreementKind;
  version: string;
  signerName: string;
  signerTitle: string;
  acceptedAt: Date;
};

/**
 * The timeline of one enrollment (issue 4: submitted, email verified, in review, approved or
 * rejected with reason and date). Review starts when the email is verified (R12), so "in review"
 * carries that date; steps not reached yet have no date.
 */
export function programTimeline(enrollment: {
  status: EnrollmentStatus;
  submittedAt: Date;
  emailVerifiedAt: Date | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
}): ProgramTimelineStep[] {
  const reviewed = enrollment.status !== "AWAITING_EMAIL_VERIFICATION";
  const steps: ProgramTimelineStep[] = [
    { step: "SUBMITTED", at: enrollment.submittedAt },
    { step: "EMAIL_VERIFIED", at: enrollment.emailVerifiedAt },
    { step: "IN_REVIEW", at: reviewed ? (enrollment.emailVerifiedAt ?? enrollment.submittedAt) : null },
  ];
  if (enrollment.status === "REJECTED")
    steps.push({ step: "REJECTED", at: enrollment.decidedAt, reason: enrollment.rejectionReason });
  else steps.push({ step: "APPROVED", at: enrollment.status === "APPROVED" ? enrollment.decidedAt : null });
  return steps;
}

/**
 * Settings → Partner profile (P-profile-view): legal profile, primary contact (with its
 * verification state and a pending new address), support details, PN ID, and Program info
 * (each program's status and timeline, every agreement acceptance). Helpdesk agents, users
 * without roles and customer tenants get "not found". `canEdit` tells the page whether to show
 * the form; the update checks P-profile-edit again.
 */
export async function getPartnerProfile(actor: UserActor) {
  assertPermission(actor, "profile-view");
  const partnerId = actor.partnerId;
  if (!partnerId) throw notFound("partnerProfile"); // assertPermission already requires it; this narrows the type
  const partner = await db().partnerOrganization.findFirst({
    where: { id: partnerId, tenantId: actor.tenantId },
    select: {
      ...PARTNER_PROFILE_SELECT,
      tenant: { select: { name: true, countryCode: true } },
      enrollments: {
        select: {
          program: true,
          status: true,
          viaTransition: true,
          submittedAt: true,
          emailVerifiedAt: true,
          decidedAt: true,
          rejectionReason: true,
        },
        orderBy: { submittedAt: "asc" },
      },
      agreementAcceptances: {
        select: { kind: true, version: true, signerName: true, signerTitle: true, acceptedAt: true },
        orderBy: { acceptedAt: "desc" },
      },
    },
  });
  if (!partner) throw notFound("partnerProfile");
  const { tenant, enrollments, agreementAcceptances, ...profile } = partner;
  return {
    profile,
    organizationName: tenant.name,
    tenantCountryCode: tenant.countryCode,
    programs: enrollments.map((enrollment): ProgramInfo => ({
      program: enrollment.program,
      status: enrollment.status,
      viaTransition: enrollment.viaTransition,
      timeline: programTimeline(enrollment),
    })),
    agreements: agreementAcceptances satisfies AgreementInfo[],
    canEdit: can(actor, "profile-edit"),
  };
}

export type PartnerProfileView = Awaited<ReturnType<typeof getPartnerProfile>>;
