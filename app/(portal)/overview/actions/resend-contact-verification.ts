"use server";
import { z } from "zod";
import { userAction } from "@/lib/actions/define-action";
import { resendContactVerification } from "@/lib/enrollment/resend-contact-verification";

/** The Overview's "Resend verification email" (R12, P-profile-edit; checked again by resendContactVerification). */
export const resendContactVerificationAction = userAction(
  { schema: z.strictObject({}) },
  async (_input, { actor, t, locale }) => {
    const { email } = await resendContactVerification(actor, locale);
    return { status: "ok", message: t("enroll.submitted.resent", { email }) };
  },
);
