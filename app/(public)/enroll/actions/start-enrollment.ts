"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";
import { startEnrollment } from "@/lib/enrollment/start";
import { enrollingUser } from "./action-context";

/** "Continue" as the signed-in Global admin: opens or resumes the draft, then its next step. */
export const startEnrollmentAction = publicAction({ schema: wizardFormSchema }, async ({ program }, { actor }) => {
  redirect(enrollPath(program, await startEnrollment(enrollingUser(actor, program), program)));
});
