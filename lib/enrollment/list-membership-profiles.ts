import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Program } from "@/lib/generated/prisma/enums";
import { assertMayEnroll, loadEnrollmentState, requireDraft } from "./enrollment-state";
import { profileRefusalReason } from "./profile-refusal";

/**
 * The organization profiles the draft's membership account may act for, each with whether it
 * can be chosen (R13: active, in the tenant's country, not linked to another partner) — or
 * null when nobody is signed in to the membership directory for this draft.
 */
export async function listMembershipProfiles(actor: UserActor, program: Program) {
  const state = await loadEnrollmentState(db(), actor, program);
  assertMayEnroll(state, program);
  const draft = requireDraft(state);
  if (!draft.membershipAccountId) return null;
  const account = await db().membershipAccount.findUnique({
    where: { id: draft.membershipAccountId },
    select: {
      email: true,
      profiles: {
        select: { profile: { select: { id: true, pnId: true, legalName: true, countryCode: true, active: true } } },
      },
    },
  });
  if (!account) return null;
  const profiles = account.profiles.map((access) => access.profile).sort((a, b) => a.pnId.localeCompare(b.pnId));
  const linked = new Set(
    (
      await db().partnerOrganization.findMany({
        where: { pnId: { in: profiles.map((p) => p.pnId) } },
        select: { pnId: true },
      })
    ).map((p) => p.pnId),
  );
  return {
    accountEmail: account.email,
    tenantCountryCode: state.tenant.countryCode,
    chosenProfileId: draft.membershipProfileId,
    profiles: profiles.map((profile) => ({
      ...profile,
      refusal: profileRefusalReason(profile, state.tenant.countryCode, linked.has(profile.pnId)),
    })),
  };
}
