"use server";
import { revalidatePath } from "next/cache";
import { requireOperator } from "@/lib/auth/current-user";
import { approveEnrollment } from "@/lib/enrollment/approve-enrollment";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** "Approve" on an enrollment in the operator console (operators only, checked again by approveEnrollment). */
export async function approveEnrollmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const operator = await requireOperator();
  const t = await getT();
  try {
    await approveEnrollment(operator, String(formData.get("enrollmentId") ?? ""));
    revalidatePath("/operator", "layout");
    return { status: "ok", message: t("review.approved") };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
