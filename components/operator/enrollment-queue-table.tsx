import { useFormatter } from "next-intl";
import type { listEnrollmentQueue } from "@/lib/enrollment/list-enrollment-queue";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowLink, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/lib/regions";

type Row = Awaited<ReturnType<typeof listEnrollmentQueue>>["enrollments"][number];

/** The queue's rows: organization (link to the detail), program, status, country, submitted. */
export function EnrollmentQueueTable({ t, locale, rows }: { t: Translate; locale: string; rows: Row[] }) {
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("review.none")}</p>;
  const headers = [
    "review.colOrganization",
    "review.colProgram",
    "review.colStatus",
    "review.colCountry",
    "review.colSubmitted",
  ] as const;
  return (
    <Table caption={t("review.queueTitle")}>
      <TableHead>
        {headers.map((key) => (
          <TableHeader key={key}>{t(key)}</TableHeader>
        ))}
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} clickable>
            <TableCell rowHeader label={t("review.colOrganization")}>
              <span>
                <RowLink href={`/operator/enrollments/${row.id}`}>{row.legalName}</RowLink>
                <span className="block text-xs font-normal text-slate-600">
                  {row.domain} · {row.pnId}
                </span>
              </span>
            </TableCell>
            <TableCell label={t("review.colProgram")}>
              <span>
                {t(`program.${row.program}`)}
                {row.viaTransition && (
                  <span className="block text-xs text-slate-600">{t("review.transitionBadge")}</span>
                )}
              </span>
            </TableCell>
            <TableCell label={t("review.colStatus")}>
              <StatusBadge kind="enrollment" status={row.status}>
                {t(`enrollment.${row.status}`)}
              </StatusBadge>
            </TableCell>
            <TableCell label={t("review.colCountry")}>{countryName(row.countryCode, locale)}</TableCell>
            <TableCell label={t("review.colSubmitted")}>{format.dateTime(row.submittedAt, "dateTime")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
