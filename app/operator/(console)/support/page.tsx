import { PageHeader } from "@/components/ui/page-header";
import { ArrowLeft } from "lucide-react";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { streamedPage } from "@/components/shell/streamed-page";
import { SupportFilterForm } from "@/components/support/support-filter-form";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowLink, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { listAllSupportRequests, parseSupportFilter } from "@/lib/support/list-all-support-requests";

export const generateMetadata = titled("support.operatorTitle");

type Search = Record<string, string | string[] | undefined>;

/** Operator console → Support: every organization's requests, filtered by status and category. */
async function OperatorSupportPage({ searchParams }: { searchParams: Promise<Search> }) {
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
      <Link href="/operator" className="inline-flex items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("operator.title")}
      </Link>
      <PageHeader title={t("support.operatorTitle")} intro={t("support.operatorIntro")} />
      <SupportFilterForm t={t} filter={filter} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("support.count", { count: total })}
      </p>
      {requests.length === 0 ? (
        <p>{t("support.noneMatching")}</p>
      ) : (
        <Table caption={t("support.operatorTitle")}>
          <TableHead>
            <TableHeader>{t("support.subject")}</TableHeader>
            <TableHeader>{t("support.organization")}</TableHeader>
            <TableHeader>{t("support.categoryLabel")}</TableHeader>
            <TableHeader>{t("support.statusLabel")}</TableHeader>
            <TableHeader>{t("support.createdAt")}</TableHeader>
          </TableHead>
          <TableBody>
            {requests.map((row) => (
              <TableRow key={row.id} clickable>
                <TableCell rowHeader label={t("support.subject")} className="break-words">
                  <RowLink href={`/operator/support/${row.id}`}>{row.subject}</RowLink>
                </TableCell>
                <TableCell label={t("support.organization")}>
                  <span>
                    {row.partner.legalName} <span className="text-slate-600">({row.partner.pnId})</span>
                  </span>
                </TableCell>
                <TableCell label={t("support.categoryLabel")}>{t(`support.category.${row.category}`)}</TableCell>
                <TableCell label={t("support.statusLabel")}>
                  <StatusBadge kind="support" status={row.status}>
                    {t(`support.status.${row.status}`)}
                  </StatusBadge>
                </TableCell>
                <TableCell label={t("support.createdAt")}>{format.dateTime(row.createdAt, "dateTime")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager t={t} basePath="/operator/support" params={params} page={page} pageCount={pageCount} />
    </div>
  );
}

export default streamedPage(() => requireOperator(), OperatorSupportPage);
