"use server";
import { operatorAction } from "@/lib/actions/define-action";
import { rejectEnrollment, rejectEnrollmentSchema } from "@/lib/enrollment/reject-enrollment";

/** "Reject" with a required reason on an enrollment in the operator console (operators only, checked again by rejectEnrollment). */
export const rejectEnrollmentAction = operatorAction(
  { schema: rejectEnrollmentSchema, revalidate: [["/operator", "layout"]] },
  async (input, { actor, t }) => {
    await rejectEnrollment(actor, input);
    return { status: "ok", message: t("review.rejected") };
  },
);
