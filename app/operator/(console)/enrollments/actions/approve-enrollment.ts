"use server";
import { operatorAction } from "@/lib/actions/define-action";
import { approveEnrollment, approveEnrollmentSchema } from "@/lib/enrollment/approve-enrollment";

/** "Approve" on an enrollment in the operator console (operators only, checked again by approveEnrollment). */
export const approveEnrollmentAction = operatorAction(
  { schema: approveEnrollmentSchema, revalidate: [["/operator", "layout"]] },
  async ({ enrollmentId }, { actor, t }) => {
    await approveEnrollment(actor, enrollmentId);
    return { status: "ok", message: t("review.approved") };
  },
);
