import type { Program, EnrollmentStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Enrollment = { program: Program; status: EnrollmentStatus; submittedAt: Date; decidedAt: Date | null };

/** The organization's programs: the active ones in a sentence (R14: a move counts after "Accept and continue"), then every enrollment's status. */
export function ProgramsSection({
  t,
  date,
  enrollments,
  activePrograms,
}: {
  t: Translate;
  date: (value: Date) => string;
  enrollments: Enrollment[];
  activePrograms: Program[];
}) {
  return (
    <section aria-labelledby="programs" className="space-y-3">
      <h2 id="programs" className="text-lg font-semibold">
        {t("overview.programs")}
      </h2>
      {enrollments.length === 0 ? (
        <p className="text-sm text-slate-700">{t("overview.noPrograms")}</p>
      ) : (
        <>
          <p className="text-sm" data-testid="active-programs">
            {activePrograms.length
              ? t("transition.yourPrograms", {
                  programs: activePrograms.map((program) => t(`program.${program}`)).join(", "),
                })
              : t("transition.noActivePrograms")}
          </p>
          <Table caption={t("overview.programs")}>
            <TableHead>
              <TableHeader>{t("overview.program")}</TableHeader>
              <TableHeader>{t("overview.status")}</TableHeader>
              <TableHeader>{t("overview.since")}</TableHeader>
            </TableHead>
            <TableBody>
              {enrollments.map((enrollment) => (
                <TableRow key={enrollment.program}>
                  <TableCell label={t("overview.program")}>{t(`program.${enrollment.program}`)}</TableCell>
                  <TableCell label={t("overview.status")}>
                    <StatusBadge kind="enrollment" status={enrollment.status}>
                      {t(`enrollment.${enrollment.status}`)}
                    </StatusBadge>
                  </TableCell>
                  <TableCell label={t("overview.since")}>
                    {date(enrollment.decidedAt ?? enrollment.submittedAt)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
