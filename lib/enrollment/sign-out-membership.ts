import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Program } from "@/lib/generated/prisma/enums";
import { assertMayEnroll, loadEnrollmentState } from "./enrollment-state";

/** "Cancel" on the profile list: forgets the membership sign-in (and the choice), so another account can be used. */
export async function signOutMembership(actor: UserActor, program: Program): Promise<void> {
  const state = await loadEnrollmentState(db(), actor, program);
  assertMayEnroll(state, program);
  await db().enrollmentDraft.updateMany({
    where: { tenantId: actor.tenantId, program },
    data: { membershipAccountId: null, membershipProfileId: null },
  });
}
