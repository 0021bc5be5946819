import { useFormatter } from "next-intl";
import Link from "next/link";
import type { listEnrollmentQueue } from "@/lib/enrollment/list-enrollment-queue";
import { cellClass as cell, TableShell } from "@/components/ui/table-shell";
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
    <TableShell caption={t("review.queueTitle")} headers={headers.map((key) => t(key))}>
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-slate-200">
          <th scope="row" className={`${cell} font-medium`}>
            <Link href={`/operator/enrollments/${row.id}`} className="text-brand-700 underline">
              {row.legalName}
            </Link>
            <span className="block text-xs font-normal text-slate-600">
              {row.domain} · {row.pnId}
            </span>
          </th>
          <td className={cell}>
            {t(`program.${row.program}`)}
            {row.viaTransition && <span className="block text-xs text-slate-600">{t("review.transitionBadge")}</span>}
          </td>
          <td className={cell}>{t(`enrollment.${row.status}`)}</td>
          <td className={cell}>{countryName(row.countryCode, locale)}</td>
          <td className={cell}>{format.dateTime(row.submittedAt, "dateTime")}</td>
        </tr>
      ))}
    </TableShell>
  );
}
