import type { AgreementInfo, ProgramInfo as ProgramInfoData } from "@/lib/partners/get-partner-profile";
import type { Translate } from "@/lib/i18n/translate";

const statusTone = {
  AWAITING_EMAIL_VERIFICATION: "border-amber-300 bg-amber-50 text-amber-900",
  IN_REVIEW: "border-sky-300 bg-sky-50 text-sky-900",
  APPROVED: "border-green-300 bg-green-50 text-green-900",
  REJECTED: "border-red-300 bg-red-50 text-red-900",
} as const;

/**
 * Program info (P-profile-view): each program with its status and timeline (submitted, email
 * verified, in review, approved or rejected with reason and date), and every agreement accepted
 * (Partner Agreement, R5; indirect reseller agreement, R14) with version, signer and date.
 */
export function ProgramInfo(props: {
  programs: ProgramInfoData[];
  agreements: AgreementInfo[];
  t: Translate;
  formatDate: (date: Date) => string;
}) {
  const { t, formatDate } = props;
  return (
    <section aria-labelledby="program-info" className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="program-info" className="text-lg font-semibold">
        {t("profile.programInfo")}
      </h2>
      {props.programs.length === 0 && <p className="text-sm">{t("profile.noPrograms")}</p>}
      {props.programs.map((enrollment) => {
        const program = t(`program.${enrollment.program}`);
        const headingId = `program-${enrollment.program.toLowerCase()}`;
        return (
          <article
            key={enrollment.program}
            aria-labelledby={headingId}
            className="space-y-3"
            data-testid={`program-${enrollment.program}`}
          >
            <div className="flex flex-wrap items-center gap-3">
              <h3 id={headingId} className="font-semibold">
                {program}
              </h3>
              <p className={`rounded-full border px-3 py-0.5 text-xs font-semibold ${statusTone[enrollment.status]}`}>
                <span className="sr-only">{t("profile.status")}: </span>
                {t(`enrollment.${enrollment.status}`)}
              </p>
            </div>
            {enrollment.viaTransition && <p className="text-sm text-slate-700">{t("profile.viaTransition")}</p>}
            <ol
              aria-label={t("profile.timeline", { program })}
              className="space-y-2 border-l-2 border-slate-300 pl-4 text-sm"
            >
              {enrollment.timeline.map((step) => (
                <li key={step.step} className={step.at ? "" : "text-slate-600"}>
                  <span className="font-medium">{t(`profile.step.${step.step}`)}</span>
                  {": "}
                  {step.at ? (
                    <time dateTime={step.at.toISOString()}>{formatDate(step.at)}</time>
                  ) : (
                    t("profile.stepPending")
                  )}
                  {step.reason && (
                    <p className="mt-1 whitespace-pre-wrap break-words">
                      {t("profile.rejectionReason", { reason: step.reason })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </article>
        );
      })}
      <div className="space-y-3">
        <h3 className="font-semibold">{t("profile.agreements")}</h3>
        {props.agreements.length === 0 ? (
          <p className="text-sm">{t("profile.noAgreements")}</p>
        ) : (
          <div className="overflow-x-auto rounded-md border border-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("profile.agreementsCaption")}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {(
                    [
                      "profile.agreementKind",
                      "profile.agreementVersion",
                      "profile.signer",
                      "profile.signerTitle",
                      "profile.acceptedOn",
                    ] as const
                  ).map((key) => (
                    <th key={key} scope="col" className="px-4 py-2">
                      {t(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.agreements.map((agreement) => (
                  <tr key={`${agreement.kind}-${agreement.version}`} className="border-t border-slate-200">
                    <th scope="row" className="px-4 py-2 font-medium">
                      {t(`profile.agreement.${agreement.kind}`)}
                    </th>
                    <td className="px-4 py-2">{agreement.version}</td>
                    <td className="px-4 py-2">{agreement.signerName}</td>
                    <td className="px-4 py-2">{agreement.signerTitle}</td>
                    <td className="px-4 py-2">
                      <time dateTime={agreement.acceptedAt.toISOString()}>{formatDate(agreement.acceptedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
