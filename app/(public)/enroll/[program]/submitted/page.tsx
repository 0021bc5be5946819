import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { getEnrollmentStatus } from "@/lib/enrollment/get-enrollment-status";
import { enrollPath } from "@/lib/enrollment/programs";
import { isDomainError } from "@/lib/errors";
import { VERIFICATION_TTL_DAYS } from "@/lib/enrollment/send-contact-verification";
import { resendVerificationAction } from "../../actions/resend-verification";
import { loadSignedInStep } from "../../_components/load-wizard";
import { linkButton, WizardFrame } from "../../_components/wizard-frame";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("enroll.pageTitle.verify");

/** After "Enroll now": verify your email (R12: the review starts once the primary contact confirms it), then the status. */
export default async function SubmittedPage(props: { params: Promise<{ program: string }> }) {
  const { program, user, t } = await loadSignedInStep(props.params, "submitted");
  // Users who may not see the status (e.g. a Helpdesk agent) get the status page's explanation.
  const view = await getEnrollmentStatus(user).catch((error) => {
    if (isDomainError(error)) redirect("/enroll/status");
    throw error;
  });
  const enrollment = view.enrollments.find((candidate) => candidate.program === program);
  if (!enrollment) redirect(enrollPath(program));
  const email = view.partner?.contactEmail ?? "";
  const awaiting = enrollment.status === "AWAITING_EMAIL_VERIFICATION";
  return (
    <WizardFrame
      t={t}
      program={program}
      current="verify"
      title={awaiting ? t("enroll.submitted.verifyTitle") : t("enroll.submitted.reviewTitle")}
    >
      {awaiting ? (
        <div className="space-y-3 text-sm">
          <p>{t("enroll.submitted.verifyBody", { email })}</p>
          <p>{t("enroll.submitted.verifyExpiry", { days: VERIFICATION_TTL_DAYS })}</p>
          {user.adminRole === "GLOBAL_ADMIN" && (
            <ActionForm
              action={resendVerificationAction}
              submitLabel={t("enroll.submitted.resend")}
              variant="secondary"
            />
          )}
        </div>
      ) : (
        <p className="text-sm">{t("enroll.submitted.reviewBody", { email })}</p>
      )}
      <Link href="/enroll/status" className={linkButton}>
        {t("enroll.status.link")}
      </Link>
    </WizardFrame>
  );
}
