import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { SupportFilterForm } from "@/components/support/support-filter-form";
import { Pager } from "@/components/ui/pager";
import { cellClass as cell, TableShell } from "@/components/ui/table-shell";
import { requireOperator } from "@/lib/auth/current-user";
import { getT } from "@/lib/i18n/server";
import { listAllSupportRequests, parseSupportFilter } from "@/lib/support/list-all-support-requests";

export const metadata: Metadata = { title: "Support requests" };

type Search = Record<string, string | string[] | undefined>;

/** Operator console → Support: every organization's requests, filtered by status and category. */
export default async function OperatorSupportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperator();
  const t = await getT();
  const format = await getFormatter();
  const filter = parseSupportFilter(await searchParams);
  const { requests, total, page, pageCount } = await listAllSupportRequests(operator, filter);
  const params: Record<string, string> = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.category ? { category: filter.category } : {}),
  };
  return (
    <div className="max-w-6xl space-y-6">
      <Link href="/operator" className="text-sm text-brand-700 underline">
        {t("operator.title")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("support.operatorTitle")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("support.operatorIntro")}</p>
      </div>
      <SupportFilterForm t={t} filter={filter} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("support.count", { count: total })}
      </p>
      {requests.length === 0 ? (
        <p>{t("support.noneMatching")}</p>
      ) : (
        <TableShell
          caption={t("support.operatorTitle")}
          headers={[
            t("support.subject"),
            t("support.organization"),
            t("support.categoryLabel"),
            t("support.statusLabel"),
            t("support.createdAt"),
          ]}
        >
          {requests.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/operator/support/${row.id}`} className="text-brand-700 underline">
                  {row.subject}
                </Link>
              </th>
              <td className={cell}>
                {row.partner.legalName} <span className="text-slate-600">({row.partner.pnId})</span>
              </td>
              <td className={cell}>{t(`support.category.${row.category}`)}</td>
              <td className={cell}>{t(`support.status.${row.status}`)}</td>
              <td className={cell}>{format.dateTime(row.createdAt, "dateTime")}</td>
            </tr>
          ))}
        </TableShell>
      )}
      <Pager t={t} basePath="/operator/support" params={params} page={page} pageCount={pageCount} />
    </div>
  );
}
