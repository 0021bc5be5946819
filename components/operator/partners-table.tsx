import { useFormatter } from "next-intl";
import type { FormState } from "@/lib/forms";
import { TableShell } from "@/components/ui/table-shell";
import type { Translate } from "@/lib/i18n/translate";
import type { listPartnerOrganizations } from "@/lib/operator/list-partner-organizations";
import { countryName } from "@/lib/regions";
import { EligibilityForm } from "./eligibility-form";

type Row = Awaited<ReturnType<typeof listPartnerOrganizations>>["partners"][number];
type Props = {
  t: Translate;
  locale: string;
  rows: Row[];
  action: (state: FormState, data: FormData) => Promise<FormState>;
};

const cell = "px-4 py-2 align-top";

/** Partner organizations with their programs and, for direct-bill partners, the R14 eligibility control. */
export function PartnersTable({ t, locale, rows, action }: Props) {
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("review.partners.none")}</p>;
  const headers = [
    "review.partners.colName",
    "review.partners.colPnId",
    "review.partners.colDomain",
    "review.partners.colCountry",
    "review.partners.colPrograms",
    "review.partners.colEligibility",
  ] as const;
  return (
    <TableShell caption={t("review.partners.title")} headers={headers.map((key) => t(key))}>
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-slate-200">
          <th scope="row" className={`${cell} font-medium`}>
            {row.legalName}
          </th>
          <td className={cell}>{row.pnId}</td>
          <td className={cell}>{row.domain}</td>
          <td className={cell}>{countryName(row.countryCode, locale)}</td>
          <td className={cell}>
            <ul>
              {row.enrollments.map((enrollment) => (
                <li key={enrollment.id}>
                  {t("review.partners.programStatus", {
                    program: t(`program.${enrollment.program}`),
                    status: t(`enrollment.${enrollment.status}`),
                  })}
                </li>
              ))}
            </ul>
          </td>
          <td className={cell}>
            {row.directBill ? (
              <div className="space-y-2">
                <p>
                  {row.indirectMoveEligibleAt
                    ? t("review.partners.eligibleSince", {
                        date: format.dateTime(row.indirectMoveEligibleAt, "date"),
                      })
                    : t("review.partners.notEligible")}
                </p>
                <EligibilityForm
                  action={action}
                  partnerId={row.id}
                  name={row.legalName}
                  eligible={!!row.indirectMoveEligibleAt}
                  label={t(row.indirectMoveEligibleAt ? "review.partners.unmark" : "review.partners.mark")}
                  accessibleLabel={t(
                    row.indirectMoveEligibleAt ? "review.partners.unmarkLabel" : "review.partners.markLabel",
                    { name: row.legalName },
                  )}
                />
              </div>
            ) : (
              <span className="text-slate-600">{t("review.partners.notApplicable")}</span>
            )}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}
