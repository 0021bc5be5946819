import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import type { Program } from "@/lib/generated/prisma/enums";
import type { WizardStep } from "./programs";

// What every enrollment step needs to know about the signed-in user's organization, read in
// one query (inside the step's transaction where it changes something), and the refusals that
// follow from it. The tenant always comes from the actor (the session), never from a form.

const partnerSelect = {
  id: true,
  pnId: true,
  legalName: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  postalCode: true,
  countryCode: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  contactEmailVerifiedAt: true,
  supportEmail: true,
  supportPhone: true,
  supportWebsite: true,
  indirectMoveEligibleAt: true,
  enrollments: { select: { id: true, program: true, status: true } },
} as const;

export async function loadEnrollmentState(client: DbClient, actor: UserActor, program: Program) {
  const user = await client.user.findFirst({
    where: { id: actor.userId, tenantId: actor.tenantId, status: "ACTIVE" },
    select: {
      id: true,
      email: true,
      name: true,
      adminRole: true,
      agentRole: true,
      tenant: {
        select: {
          id: true,
          kind: true,
          name: true,
          countryCode: true,
          primaryDomain: true,
          partner: { select: partnerSelect },
          enrollmentDrafts: {
            where: { program },
            select: { id: true, membershipAccountId: true, membershipProfileId: true, details: true, updatedAt: true },
          },
        },
      },
    },
  });
  if (!user) throw notFound("account");
  const { tenant, ...rest } = user;
  const { partner, enrollmentDrafts, ...tenantFields } = tenant;
  const draft = enrollmentDrafts[0] ?? null;
  return {
    user: rest,
    tenant: tenantFields,
    partner,
    draft: draft && { ...draft, details: (draft.details ?? {}) as Record<string, string> },
    enrollment: partner?.enrollments.find((enrollment) => enrollment.program === program) ?? null,
  };
}

export type EnrollmentState = Awaited<ReturnType<typeof loadEnrollmentState>>;

/** R14: a direct-bill partner (a DIRECT_BILL enrollment that wasn't rejected) moving to indirect reseller. */
export function isTransition(state: EnrollmentState, program: Program): boolean {
  return (
    program === "INDIRECT_RESELLER" &&
    !!state.partner?.enrollments.some((e) => e.program === "DIRECT_BILL" && e.status !== "REJECTED")
  );
}

/** Why this user can't enroll the organization in `program` now, or null. */
export function enrollmentRefusal(state: EnrollmentState, program: Program): DomainError | null {
  if (state.tenant.kind !== "PARTNER") {
    return new DomainError("FORBIDDEN", "enroll.refused.customerTenant", { vars: { organization: state.tenant.name } });
  }
  if (state.user.adminRole !== "GLOBAL_ADMIN") {
    return new DomainError("FORBIDDEN", "enroll.refused.notGlobalAdmin", {
      vars: { organization: state.tenant.name, email: state.user.email },
    });
  }
  if (state.enrollment) {
    return new DomainError("CONFLICT", "enroll.refused.alreadyEnrolled", {
      vars: { program: `enroll.program.${program}` },
    });
  }
  if (isTransition(state, program) && !state.partner?.indirectMoveEligibleAt) {
    return ruleViolation("R14", "enroll.r14.notEligible", { organization: state.partner!.legalName });
  }
  return null;
}

export function assertMayEnroll(state: EnrollmentState, program: Program): void {
  const refusal = enrollmentRefusal(state, program);
  if (refusal) throw refusal;
}

/** The draft the steps after "Continue" on the account step work on. */
export function requireDraft(state: EnrollmentState) {
  if (!state.draft) throw new DomainError("CONFLICT", "enroll.refused.noDraft");
  return state.draft;
}

/** Where a visit to /enroll/<program> continues: the first step not done yet (resuming a half-finished enrollment). */
export function resumeStep(state: EnrollmentState): WizardStep {
  if (state.enrollment) return "submitted";
  if (!state.draft) return "account";
  if (state.partner || state.draft.membershipProfileId) return "details";
  if (state.draft.membershipAccountId) return "organization-profile";
  return "partner-network";
}
