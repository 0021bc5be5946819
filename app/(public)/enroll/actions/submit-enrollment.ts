"use server";
import { redirect } from "next/navigation";
import { saveEnrollmentDraft } from "@/lib/enrollment/save";
import { submitEnrollment } from "@/lib/enrollment/submit";
import { enrollPath } from "@/lib/enrollment/programs";
import { echoValues, errorState, type FormState } from "@/lib/forms";
import { isDomainError } from "@/lib/errors";
import { enrollingUser, fieldsOf, programOf, requestContext } from "./action-context";

/** "Enroll now": the enrollment is submitted (one transaction), then "verify your email". */
export async function submitEnrollmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const program = programOf(formData);
  const user = await enrollingUser(program);
  const { t, locale } = await requestContext();
  const input = fieldsOf(formData);
  delete input.back;
  try {
    await submitEnrollment(user, program, input, locale);
  } catch (error) {
    // What was typed stays in the draft, so leaving now and coming back later keeps it.
    if (isDomainError(error) && (error.code === "VALIDATION" || error.code === "RULE"))
      await saveEnrollmentDraft(user, program, input).catch(() => {});
    return errorState(error, echoValues(formData), t);
  }
  redirect(enrollPath(program, "submitted"));
}
