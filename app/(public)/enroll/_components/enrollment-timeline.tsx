import { useFormatter } from "next-intl";
import type { EnrollmentStatusView } from "@/lib/enrollment/get-enrollment-status";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";

type Enrollment = EnrollmentStatusView["enrollments"][number];
type Entry = { key: string; label: string; when: Date | null; done: boolean; detail?: string; tone?: "good" | "bad" };

/** Submitted → email verified → in review → approved / rejected (with the reason), each with its date or "pending". */
export function EnrollmentTimeline({
  enrollment,
  contactEmail,
  t,
}: {
  enrollment: Enrollment;
  contactEmail: string | null;
  t: Translate;
}) {
  const decided = enrollment.status === "APPROVED" || enrollment.status === "REJECTED";
  const entries: Entry[] = [
    { key: "submitted", label: t("enroll.timeline.submitted"), when: enrollment.submittedAt, done: true },
    {
      key: "verified",
      label: t("enroll.timeline.emailVerified"),
      when: enrollment.emailVerifiedAt,
      done: !!enrollment.emailVerifiedAt || enrollment.status !== "AWAITING_EMAIL_VERIFICATION",
      detail:
        enrollment.status === "AWAITING_EMAIL_VERIFICATION" && contactEmail
          ? t("enroll.timeline.waitingFor", { email: contactEmail })
          : undefined,
    },
    {
      key: "review",
      label: t("enroll.timeline.inReview"),
      when: enrollment.emailVerifiedAt,
      done: enrollment.status !== "AWAITING_EMAIL_VERIFICATION",
    },
    enrollment.status === "REJECTED"
      ? {
          key: "decision",
          label: t("enroll.timeline.rejected"),
          when: enrollment.decidedAt,
          done: true,
          tone: "bad",
          detail: enrollment.rejectionReason
            ? t("enroll.timeline.reason", { reason: enrollment.rejectionReason })
            : undefined,
        }
      : {
          key: "decision",
          label: t("enroll.timeline.approved"),
          when: enrollment.decidedAt,
          done: decided,
          tone: decided ? "good" : undefined,
        },
  ];
  const formatter = useFormatter();
  const format = (date: Date) => formatter.dateTime(date, "date");
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" aria-label={t("enroll.timeline.label")}>
      {entries.map((entry) => (
        <li key={entry.key} className="text-sm">
          <p
            className={
              entry.done
                ? `font-semibold ${entry.tone === "bad" ? "text-red-800" : entry.tone === "good" ? "text-green-800" : ""}`
                : "text-slate-600"
            }
          >
            {entry.label}
            <span className="font-normal text-slate-700">
              {" "}
              ·{" "}
              {entry.done && entry.when
                ? format(entry.when)
                : entry.done
                  ? t("enroll.timeline.done")
                  : t("enroll.timeline.pending")}
            </span>
          </p>
          {entry.detail && <p className="text-slate-700">{entry.detail}</p>}
        </li>
      ))}
    </ol>
  );
}

export const statusKey = (status: Enrollment["status"]): MessageKey => `enroll.status.${status}`;
