import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Program } from "@/lib/generated/prisma/enums";
import { assertMayEnroll, loadEnrollmentState, resumeStep } from "./enrollment-state";
import type { WizardStep } from "./programs";

/**
 * "Continue" as the signed-in Global admin: opens (or resumes) the organization's draft for
 * `program` and answers the step to go to. Refused for non-Global admins, customer tenants,
 * programs already enrolled and (R14) direct-bill partners not marked eligible.
 */
export async function startEnrollment(actor: UserActor, program: Program): Promise<WizardStep> {
  const start = () =>
    db().$transaction(async (tx) => {
      const state = await loadEnrollmentState(tx, actor, program);
      assertMayEnroll(state, program);
      if (state.draft) return resumeStep(state);
      const draft = await tx.enrollmentDraft.create({
        data: { tenantId: actor.tenantId, program, startedByUserId: actor.userId },
        select: { id: true, membershipAccountId: true, membershipProfileId: true, updatedAt: true },
      });
      return resumeStep({ ...state, draft: { ...draft, details: {} } });
    });
  try {
    return await start();
  } catch (error) {
    // Two tabs pressing Continue at once: one creates the draft, the other resumes it.
    if (isUniqueViolation(error)) return start();
    throw error;
  }
}
