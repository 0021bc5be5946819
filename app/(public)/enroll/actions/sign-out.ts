"use server";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { endSessionAndRedirect } from "@/lib/auth/end-session";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";

/** "Use another account" on the account step: ends this browser's session (its row is revoked) and comes back here. */
export const signOutForEnrollmentAction = stateless(
  publicAction({ schema: wizardFormSchema }, async ({ program }) => {
    await endSessionAndRedirect(enrollPath(program, "account"));
    return { status: "ok" };
  }),
);
