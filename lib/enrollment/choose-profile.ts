import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { DomainError, validationError } from "@/lib/errors";
import type { Program } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/text";
import { assertMayEnroll, loadEnrollmentState, requireDraft, type EnrollmentState } from "./enrollment-state";
import { profileRefusal, profileRefusalReason } from "./profile-refusal";

/**
 * R13 for the draft's chosen profile: the membership account signed in for this draft may act
 * for it, and it is active, in the tenant's country and not linked to another partner. Used on
 * "Continue" and again on "Enroll now" (profiles change, and other partners enroll meanwhile).
 */
export async function loadEligibleProfile(
  tx: Tx,
  state: EnrollmentState,
  unverifiedProfileId: string | null,
  locale: Locale,
) {
  const draft = requireDraft(state);
  if (!draft.membershipAccountId) throw new DomainError("CONFLICT", "enroll.membership.signInAgain");
  if (!isUuid(unverifiedProfileId)) throw validationError({ profileId: "enroll.profiles.chooseOne" });
  const access = await tx.membershipAccess.findUnique({
    where: { accountId_profileId: { accountId: draft.membershipAccountId, profileId: unverifiedProfileId } },
    select: { profile: { select: { id: true, pnId: true, legalName: true, countryCode: true, active: true } } },
  });
  if (!access) throw validationError({ profileId: "enroll.profiles.chooseOne" });
  const profile = access.profile;
  const linked = await tx.partnerOrganization.findUnique({ where: { pnId: profile.pnId }, select: { id: true } });
  const reason = profileRefusalReason(profile, state.tenant.countryCode, !!linked && linked.id !== state.partner?.id);
  if (reason) throw profileRefusal(reason, profile, state.tenant.countryCode, locale);
  return profile;
}

/** "Continue" on the profile list: the chosen organization profile (its PN ID) goes on the draft. */
export async function chooseProfile(
  actor: UserActor,
  program: Program,
  unverifiedProfileId: unknown,
  locale: Locale,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const state = await loadEnrollmentState(tx, actor, program);
    assertMayEnroll(state, program);
    const draft = requireDraft(state);
    const profile = await loadEligibleProfile(
      tx,
      state,
      typeof unverifiedProfileId === "string" ? unverifiedProfileId : null,
      locale,
    );
    await tx.enrollmentDraft.update({
      where: { id: draft.id, tenantId: actor.tenantId },
      data: { membershipProfileId: profile.id },
    });
  });
}
