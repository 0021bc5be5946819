"use server";
import { requireUser } from "@/lib/auth/current-user";
import { resendContactVerification } from "@/lib/enrollment/resend-contact-verification";
import { errorState, type FormState } from "@/lib/forms";
import { requestContext } from "./action-context";

/** "Send the link again" on the verify-your-email and status pages. */
export async function resendVerificationAction(_previous: FormState): Promise<FormState> {
  const user = await requireUser();
  const { t, locale } = await requestContext();
  try {
    const { email } = await resendContactVerification(user, locale);
    return { status: "ok", message: t("enroll.submitted.resent", { email }) };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
