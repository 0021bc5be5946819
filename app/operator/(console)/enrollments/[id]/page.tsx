import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForms } from "@/components/operator/decision-forms";
import { EnrollmentDetailSections } from "@/components/operator/enrollment-detail-sections";
import { EnrollmentTimeline } from "@/components/operator/enrollment-timeline";
import { Alert } from "@/components/ui/alert";
import { requireOperator } from "@/lib/auth/current-user";
import { getEnrollmentDetail } from "@/lib/enrollment/get-enrollment-detail";
import { REJECTION_REASON_MAX } from "@/lib/enrollment/reject-enrollment";
import { isDomainError } from "@/lib/errors";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { approveEnrollmentAction } from "../actions/approve-enrollment";
import { rejectEnrollmentAction } from "../actions/reject-enrollment";

export const generateMetadata = titled("review.enrollmentTitle");

/** Operator console → one enrollment: everything submitted, the timeline, and Approve / Reject while it is in review. */
export default async function EnrollmentDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const [t, locale] = [await getT(), await getLocale()];
  const format = await getFormatter();
  const { id } = await params;
  const detail = await getEnrollmentDetail(operator, id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const decided = detail.status === "APPROVED" || detail.status === "REJECTED";
  return (
    <div className="max-w-6xl space-y-6">
      <Link href="/operator/enrollments" className="text-sm text-brand-700 underline">
        {t("review.backToQueue")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">
          {t("review.detailTitle", { organization: detail.partner.legalName, program: t(`program.${detail.program}`) })}
        </h1>
        <p className="mt-1 text-sm text-slate-700">
          {t("review.colStatus")}: <strong>{t(`enrollment.${detail.status}`)}</strong>
          {detail.otherEnrollments.length > 0 && (
            <>
              {" · "}
              {t("review.otherPrograms")}:{" "}
              {detail.otherEnrollments
                .map((other) =>
                  t("review.partners.programStatus", {
                    program: t(`program.${other.program}`),
                    status: t(`enrollment.${other.status}`),
                  }),
                )
                .join(", ")}
            </>
          )}
        </p>
      </div>
      {detail.viaTransition && <Alert tone="info">{t("review.viaTransition")}</Alert>}

      <section aria-labelledby="decision" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="decision" className="text-lg font-semibold">
          {t("review.decisionTitle")}
        </h2>
        {detail.status !== "AWAITING_EMAIL_VERIFICATION" && (
          <DecisionForms
            enrollmentId={detail.id}
            organizationName={detail.partner.legalName}
            open={detail.status === "IN_REVIEW"}
            approveAction={approveEnrollmentAction}
            rejectAction={rejectEnrollmentAction}
            reasonMax={REJECTION_REASON_MAX}
          />
        )}
        {detail.status === "AWAITING_EMAIL_VERIFICATION" && <Alert tone="warning">{t("review.cannotDecideYet")}</Alert>}
        {decided && detail.decidedAt && (
          <Alert tone={detail.status === "APPROVED" ? "success" : "info"}>
            {t("review.decided", {
              status: t(`enrollment.${detail.status}`),
              date: format.dateTime(detail.decidedAt, "dateTime"),
            })}
          </Alert>
        )}
      </section>

      <EnrollmentTimeline t={t} detail={detail} />
      <EnrollmentDetailSections t={t} locale={locale} detail={detail} />
    </div>
  );
}
