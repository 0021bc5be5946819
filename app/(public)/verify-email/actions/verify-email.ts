"use server";
import { publicAction } from "@/lib/actions/define-action";
import { verifyContactEmailSchema } from "@/lib/enrollment/enrollment-input";
import { verifyContactEmail } from "@/lib/enrollment/verify-contact-email";

/** "Verify email address": consumes the link (single use) and moves the waiting enrollments to review (R12). */
export const verifyEmailAction = publicAction(
  { schema: verifyContactEmailSchema },
  async ({ token }, { t, locale }) => {
    const outcome = await verifyContactEmail(token, { locale });
    if (outcome.status === "verified") {
      const vars = { email: outcome.email, organization: outcome.organizationName };
      return { status: "ok", message: t("enroll.verifyEmail.verified", vars) };
    }
    const { status } = outcome;
    return {
      status: "error",
      message: `${t(`enroll.verifyEmail.${status}.title`)} ${t(`enroll.verifyEmail.${status}.body`)}`,
    };
  },
);
