import { useFormatter } from "next-intl";
import type { EnrollmentDetail } from "@/lib/enrollment/get-enrollment-detail";
import type { Translate } from "@/lib/i18n/translate";

/** Submitted → email verified (in review) → approved/rejected with the reason, with dates. */
export function EnrollmentTimeline({ t, detail }: { t: Translate; detail: EnrollmentDetail }) {
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, "dateTime");
  const steps: { key: string; when: Date | null; text: string; note?: string | null }[] = [
    { key: "submitted", when: detail.submittedAt, text: t("review.timelineSubmitted") },
    detail.emailVerifiedAt || detail.status !== "AWAITING_EMAIL_VERIFICATION"
      ? { key: "verified", when: detail.emailVerifiedAt, text: t("review.timelineVerified") }
      : { key: "waiting", when: null, text: t("review.timelineWaiting") },
  ];
  if (detail.decidedAt && (detail.status === "APPROVED" || detail.status === "REJECTED")) {
    const status = t(`enrollment.${detail.status}`);
    // Seeded or imported decisions have no operator: the status alone.
    const text = detail.decidedByOperator
      ? t("review.timelineDecided", { status, operator: detail.decidedByOperator.name })
      : status;
    steps.push({ key: "decided", when: detail.decidedAt, text, note: detail.rejectionReason });
  }
  return (
    <section aria-labelledby="timeline" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="timeline" className="mb-3 text-lg font-semibold">
        {t("review.sectionTimeline")}
      </h2>
      <ol className="space-y-2 border-l-2 border-slate-300 pl-4 text-sm">
        {steps.map((step) => (
          <li key={step.key}>
            {step.when && (
              <time dateTime={step.when.toISOString()} className="mr-2 text-slate-700">
                {date(step.when)}
              </time>
            )}
            <span className="font-medium">{step.text}</span>
            {step.note && (
              <p className="mt-1 whitespace-pre-line text-slate-800">
                <span className="font-medium">{t("review.reason")}: </span>
                {step.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
