"use server";
import { z } from "zod";
import { userAction } from "@/lib/actions/define-action";
import { resendContactVerification } from "@/lib/enrollment/resend-contact-verification";

/** "Send the link again" on the verify-your-email and status pages. */
export const resendVerificationAction = userAction(
  { schema: z.strictObject({}) },
  async (_input, { actor, t, locale }) => {
    const { email } = await resendContactVerification(actor, locale);
    return { status: "ok", message: t("enroll.submitted.resent", { email }) };
  },
);
