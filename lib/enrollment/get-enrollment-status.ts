import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Program } from "@/lib/generated/prisma/enums";
import { ENROLLABLE_PROGRAMS } from "./programs";

/**
 * The status page (and Program info): the organization's enrollments with their timelines
 * (submitted, email verified, in review, approved/rejected with the reason), half-finished
 * drafts, and the programs it could still enroll in. For the actor's own tenant only: users with
 * P-profile-view, and the Global admin of a tenant that isn't a partner yet (its drafts).
 */
export async function getEnrollmentStatus(actor: UserActor) {
  const mayView = can(actor, "profile-view") || actor.adminRole === "GLOBAL_ADMIN";
  if (!mayView) throw notFound("enrollment");
  const tenant = await db().tenant.findUnique({
    where: { id: actor.tenantId },
    select: {
      name: true,
      kind: true,
      partner: {
        select: {
          legalName: true,
          pnId: true,
          contactEmail: true,
          contactEmailVerifiedAt: true,
          pendingContactEmail: true,
          indirectMoveEligibleAt: true,
          enrollments: {
            select: {
              program: true,
              status: true,
              submittedAt: true,
              emailVerifiedAt: true,
              decidedAt: true,
              rejectionReason: true,
              viaTransition: true,
            },
            orderBy: { submittedAt: "asc" },
          },
        },
      },
      enrollmentDrafts: { select: { program: true, updatedAt: true }, orderBy: { updatedAt: "desc" } },
    },
  });
  if (!tenant) throw notFound("enrollment");
  const held = new Set<Program>(tenant.partner?.enrollments.map((enrollment) => enrollment.program) ?? []);
  const drafting = new Set<Program>(tenant.enrollmentDrafts.map((draft) => draft.program));
  const isGlobalAdmin = actor.adminRole === "GLOBAL_ADMIN" && tenant.kind === "PARTNER";
  return {
    organizationName: tenant.partner?.legalName ?? tenant.name,
    partner: tenant.partner && {
      pnId: tenant.partner.pnId,
      contactEmail: tenant.partner.contactEmail,
      contactEmailVerified: !!tenant.partner.contactEmailVerifiedAt,
    },
    enrollments: tenant.partner?.enrollments ?? [],
    drafts: isGlobalAdmin ? tenant.enrollmentDrafts : [],
    /** Programs a Global admin may still start here (R14 eligibility is checked when starting). */
    otherPrograms: isGlobalAdmin
      ? ENROLLABLE_PROGRAMS.filter((program) => !held.has(program) && !drafting.has(program))
      : [],
  };
}

export type EnrollmentStatusView = Awaited<ReturnType<typeof getEnrollmentStatus>>;
