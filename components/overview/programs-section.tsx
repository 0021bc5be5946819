import type { Program, EnrollmentStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";

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
          <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("overview.program")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("overview.status")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("overview.since")}
                </th>
              </tr>
            </thead>
            <tbody>
              {enrollments.map((enrollment) => (
                <tr key={enrollment.program} className="border-t border-slate-200">
                  <td className="px-4 py-2">{t(`program.${enrollment.program}`)}</td>
                  <td className="px-4 py-2">{t(`enrollment.${enrollment.status}`)}</td>
                  <td className="px-4 py-2">{date(enrollment.decidedAt ?? enrollment.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
