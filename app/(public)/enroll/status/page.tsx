import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEnrollmentStatus } from "@/lib/enrollment/get-enrollment-status";
import { enrollPath } from "@/lib/enrollment/programs";
import { isDomainError } from "@/lib/errors";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { resendVerificationAction } from "../actions/resend-verification";
import { EnrollmentTimeline, statusKey } from "../_components/enrollment-timeline";

export const generateMetadata = titled("enroll.status.title");

/** The organization's enrollments, each with its status and timeline; drafts to continue; other programs to enroll in. */
export default async function EnrollmentStatusPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/enroll/status")}`);
  if (user.mustChangePassword) redirect("/change-password");
  const t = await getT();
  const format = await getFormatter();
  const view = await getEnrollmentStatus(user).catch((error) => {
    if (isDomainError(error)) return null;
    throw error;
  });
  if (!view) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("enroll.status.title")}</h1>
        <p className="text-sm">{t("enroll.status.noAccess")}</p>
        <Link href="/overview" className="text-sm text-brand-700 underline">
          {t("common.backToOverview")}
        </Link>
      </div>
    );
  }
  const awaiting = view.enrollments.some((enrollment) => enrollment.status === "AWAITING_EMAIL_VERIFICATION");
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("enroll.status.title")}</h1>
        <p className="text-sm text-slate-700">
          {view.organizationName}
          {view.partner ? ` · ${t("enroll.details.pnId")} ${view.partner.pnId}` : ""}
        </p>
      </div>
      {view.enrollments.length === 0 && view.drafts.length === 0 && (
        <p className="text-sm">{t("enroll.status.none")}</p>
      )}
      {view.enrollments.map((enrollment) => (
        <section
          key={enrollment.program}
          aria-labelledby={`program-${enrollment.program}`}
          className="space-y-3 rounded-md border border-slate-200 p-4"
        >
          <h2 id={`program-${enrollment.program}`} className="text-lg font-semibold">
            {t(`enroll.programTitle.${enrollment.program}`)}
          </h2>
          <p className="text-sm">
            {t("enroll.status.current")}:{" "}
            <strong data-testid={`status-${enrollment.program}`}>{t(statusKey(enrollment.status))}</strong>
            {enrollment.viaTransition && ` · ${t("enroll.status.viaTransition")}`}
          </p>
          <EnrollmentTimeline enrollment={enrollment} contactEmail={view.partner?.contactEmail ?? null} t={t} />
        </section>
      ))}
      {awaiting && user.adminRole === "GLOBAL_ADMIN" && (
        <ActionForm action={resendVerificationAction} submitLabel={t("enroll.submitted.resend")} variant="secondary" />
      )}
      {view.drafts.length > 0 && (
        <section aria-labelledby="drafts" className="space-y-2">
          <h2 id="drafts" className="text-lg font-semibold">
            {t("enroll.status.drafts")}
          </h2>
          <ul className="list-disc pl-6 text-sm">
            {view.drafts.map((draft) => (
              <li key={draft.program}>
                <Link href={enrollPath(draft.program)} className="text-brand-700 underline">
                  {t(`enroll.programTitle.${draft.program}`)}
                </Link>
                {" · "}
                {t("enroll.status.draftSaved", {
                  date: format.dateTime(draft.updatedAt, "date"),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.otherPrograms.length > 0 && (
        <section aria-labelledby="other-programs" className="space-y-2">
          <h2 id="other-programs" className="text-lg font-semibold">
            {t("enroll.status.otherPrograms")}
          </h2>
          <ul className="list-disc pl-6 text-sm">
            {view.otherPrograms.map((program) => (
              <li key={program}>
                <Link href={enrollPath(program)} className="text-brand-700 underline">
                  {t(`enroll.programTitle.${program}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Link href="/overview" className="text-sm text-brand-700 underline">
        {t("enroll.status.toPortal")}
      </Link>
    </div>
  );
}
