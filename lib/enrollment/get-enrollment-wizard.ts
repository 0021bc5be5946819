import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Program } from "@/lib/generated/prisma/enums";
import { enrollmentRefusal, isTransition, loadEnrollmentState, resumeStep } from "./enrollment-state";

/**
 * What the wizard's pages show a signed-in user for `program`: the refusal that stops them (not
 * a Global admin, a customer tenant, enrolled already, R14), the step to resume at, the draft as
 * typed so far and, for an organization enrolled in another program, its existing details.
 */
export async function getEnrollmentWizard(actor: UserActor, program: Program) {
  const state = await loadEnrollmentState(db(), actor, program);
  const profile = state.draft?.membershipProfileId
    ? await db().organizationProfile.findUnique({
        where: { id: state.draft.membershipProfileId },
        select: { pnId: true, legalName: true, countryCode: true },
      })
    : null;
  const { partner } = state;
  return {
    refusal: enrollmentRefusal(state, program),
    step: resumeStep(state),
    user: { name: state.user.name, email: state.user.email },
    tenant: {
      name: state.tenant.name,
      countryCode: state.tenant.countryCode,
      primaryDomain: state.tenant.primaryDomain,
    },
    partner: partner && {
      pnId: partner.pnId,
      legalName: partner.legalName,
      addressLine1: partner.addressLine1,
      addressLine2: partner.addressLine2,
      city: partner.city,
      postalCode: partner.postalCode,
      countryCode: partner.countryCode,
      contactName: partner.contactName,
      contactEmail: partner.contactEmail,
      contactPhone: partner.contactPhone,
      supportEmail: partner.supportEmail,
      supportPhone: partner.supportPhone,
      supportWebsite: partner.supportWebsite,
    },
    /** R14: a direct-bill partner moving to indirect reseller with its existing tenant. */
    transition: isTransition(state, program),
    draft: state.draft && {
      details: state.draft.details,
      membershipSignedIn: !!state.draft.membershipAccountId,
      profile,
    },
  };
}

export type EnrollmentWizard = Awaited<ReturnType<typeof getEnrollmentWizard>>;
