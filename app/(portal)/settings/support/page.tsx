import { PageHeader } from "@/components/ui/page-header";
import { Plus } from "lucide-react";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { streamedPage } from "@/components/shell/streamed-page";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowLink, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { vendorName } from "@/emails/layout";
import { requirePermission } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { listSupportRequests } from "@/lib/support/list-support-requests";

export const generateMetadata = titled("support.title");

/** Settings → Support (P-support-request: Global admins only): the organization's requests to the vendor, and Create a request. */
async function SupportPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePermission("support-request");
  const { requests, total, page, pageCount } = await listSupportRequests(user, { page: (await searchParams).page });
  const t = await getT();
  const format = await getFormatter();
  return (
    <div className="max-w-5xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={t("support.title")} intro={t("support.intro", { vendor: vendorName() })} />
        <Button asChild>
          <Link href="/settings/support/new">
            <Plus aria-hidden="true" />
            {t("support.create")}
          </Link>
        </Button>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("support.count", { count: total })}
      </p>
      {requests.length === 0 ? (
        <p>{t("support.none")}</p>
      ) : (
        <Table caption={t("support.title")}>
          <TableHead>
            <TableHeader>{t("support.subject")}</TableHeader>
            <TableHeader>{t("support.categoryLabel")}</TableHeader>
            <TableHeader>{t("support.statusLabel")}</TableHeader>
            <TableHeader>{t("support.createdBy")}</TableHeader>
            <TableHeader>{t("support.createdAt")}</TableHeader>
            <TableHeader>{t("support.updatedAt")}</TableHeader>
          </TableHead>
          <TableBody>
            {requests.map((row) => (
              <TableRow key={row.id} clickable>
                <TableCell rowHeader label={t("support.subject")} className="break-words">
                  <RowLink href={`/settings/support/${row.id}`}>{row.subject}</RowLink>
                </TableCell>
                <TableCell label={t("support.categoryLabel")}>{t(`support.category.${row.category}`)}</TableCell>
                <TableCell label={t("support.statusLabel")}>
                  <StatusBadge kind="support" status={row.status}>
                    {t(`support.status.${row.status}`)}
                  </StatusBadge>
                </TableCell>
                <TableCell label={t("support.createdBy")}>{row.createdBy?.name ?? t("support.formerUser")}</TableCell>
                <TableCell label={t("support.createdAt")}>{format.dateTime(row.createdAt, "dateTime")}</TableCell>
                <TableCell label={t("support.updatedAt")}>{format.dateTime(row.updatedAt, "dateTime")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager t={t} basePath="/settings/support" params={{}} page={page} pageCount={pageCount} />
    </div>
  );
}

export default streamedPage(() => requirePermission("support-request"), SupportPage);
