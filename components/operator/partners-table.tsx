import { useFormatter } from "next-intl";
import type { FormState } from "@/lib/forms";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
    <Table caption={t("review.partners.title")}>
      <TableHead>
        {headers.map((key) => (
          <TableHeader key={key}>{t(key)}</TableHeader>
        ))}
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell rowHeader label={t("review.partners.colName")} className="font-medium">
              {row.legalName}
            </TableCell>
            <TableCell label={t("review.partners.colPnId")}>{row.pnId}</TableCell>
            <TableCell label={t("review.partners.colDomain")}>{row.domain}</TableCell>
            <TableCell label={t("review.partners.colCountry")}>{countryName(row.countryCode, locale)}</TableCell>
            <TableCell label={t("review.partners.colPrograms")}>
              <ul className="space-y-1">
                {row.enrollments.map((enrollment) => (
                  <li key={enrollment.id}>
                    <StatusBadge kind="enrollment" status={enrollment.status}>
                      {t("review.partners.programStatus", {
                        program: t(`program.${enrollment.program}`),
                        status: t(`enrollment.${enrollment.status}`),
                      })}
                    </StatusBadge>
                  </li>
                ))}
              </ul>
            </TableCell>
            <TableCell label={t("review.partners.colEligibility")}>
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
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
