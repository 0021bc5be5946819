"use server";
import { revalidatePath } from "next/cache";
import { requireOperator } from "@/lib/auth/current-user";
import { rejectEnrollment, rejectEnrollmentSchema } from "@/lib/enrollment/reject-enrollment";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** "Reject" with a required reason on an enrollment in the operator console (operators only, checked again by rejectEnrollment). */
export async function rejectEnrollmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const operator = await requireOperator();
  const t = await getT();
  const parsed = parseForm(rejectEnrollmentSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    await rejectEnrollment(operator, parsed.data);
    revalidatePath("/operator", "layout");
    return { status: "ok", message: t("review.rejected") };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
