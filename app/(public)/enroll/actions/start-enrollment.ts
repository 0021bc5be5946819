"use server";
import { redirect } from "next/navigation";
import { startEnrollment } from "@/lib/enrollment/start";
import { enrollPath } from "@/lib/enrollment/programs";
import { errorState, type FormState } from "@/lib/forms";
import { enrollingUser, programOf, requestContext } from "./action-context";

/** "Continue" as the signed-in Global admin: opens or resumes the draft, then its next step. */
export async function startEnrollmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const program = programOf(formData);
  const user = await enrollingUser(program);
  const { t } = await requestContext();
  let step;
  try {
    step = await startEnrollment(user, program);
  } catch (error) {
    return errorState(error, {}, t);
  }
  redirect(enrollPath(program, step));
}
