"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { isDomainError } from "@/lib/errors";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";
import { saveEnrollmentDraft } from "@/lib/enrollment/save";
import { submitEnrollment } from "@/lib/enrollment/submit";
import { enrollingUser } from "./action-context";

/** "Enroll now": the enrollment is submitted (one transaction), then "verify your email". */
export const submitEnrollmentAction = publicAction(
  { schema: wizardFormSchema },
  async ({ program, back: _back, ...fields }, { actor, locale }) => {
    const user = enrollingUser(actor, program);
    try {
      await submitEnrollment(user, program, fields, locale);
    } catch (error) {
      // What was typed stays in the draft, so leaving now and coming back later keeps it.
      if (isDomainError(error) && (error.code === "VALIDATION" || error.code === "RULE"))
        await saveEnrollmentDraft(user, program, fields).catch(() => {});
      throw error;
    }
    redirect(enrollPath(program, "submitted"));
  },
);
