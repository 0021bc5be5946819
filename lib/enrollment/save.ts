import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Program } from "@/lib/generated/prisma/enums";
import { draftDetailsFrom } from "./enrollment-input";
import { assertMayEnroll, loadEnrollmentState, requireDraft } from "./enrollment-state";

/**
 * Keeps what was typed on the details step (Back, or a submit that still has errors), so going
 * back and forth or resuming later shows it again. Nothing is validated beyond clipping: the
 * checks run on "Enroll now".
 */
export async function saveEnrollmentDraft(
  actor: UserActor,
  program: Program,
  unverifiedDetails: unknown,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const state = await loadEnrollmentState(tx, actor, program);
    assertMayEnroll(state, program);
    const draft = requireDraft(state);
    await tx.enrollmentDraft.update({
      where: { id: draft.id, tenantId: actor.tenantId },
      data: { details: { ...draft.details, ...draftDetailsFrom(unverifiedDetails) } },
    });
  });
}
