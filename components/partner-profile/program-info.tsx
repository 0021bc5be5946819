import type { AgreementInfo, ProgramInfo as ProgramInfoData } from "@/lib/partners/get-partner-profile";
import type { Translate } from "@/lib/i18n/translate";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

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
              <StatusBadge kind="enrollment" status={enrollment.status}>
                <span className="sr-only">{t("profile.status")}: </span>
                {t(`enrollment.${enrollment.status}`)}
              </StatusBadge>
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
          <Table caption={t("profile.agreementsCaption")}>
            <TableHead>
              <TableHeader>{t("profile.agreementKind")}</TableHeader>
              <TableHeader>{t("profile.agreementVersion")}</TableHeader>
              <TableHeader>{t("profile.signer")}</TableHeader>
              <TableHeader>{t("profile.signerTitle")}</TableHeader>
              <TableHeader>{t("profile.acceptedOn")}</TableHeader>
            </TableHead>
            <TableBody>
              {props.agreements.map((agreement) => (
                <TableRow key={`${agreement.kind}-${agreement.version}`}>
                  <TableCell rowHeader label={t("profile.agreementKind")} className="font-medium">
                    {t(`profile.agreement.${agreement.kind}`)}
                  </TableCell>
                  <TableCell label={t("profile.agreementVersion")}>{agreement.version}</TableCell>
                  <TableCell label={t("profile.signer")}>{agreement.signerName}</TableCell>
                  <TableCell label={t("profile.signerTitle")}>{agreement.signerTitle}</TableCell>
                  <TableCell label={t("profile.acceptedOn")}>
                    <time dateTime={agreement.acceptedAt.toISOString()}>{formatDate(agreement.acceptedAt)}</time>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </section>
  );
}
