import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { cellClass as cell, TableShell } from "@/components/ui/table-shell";
import { vendorName } from "@/emails/layout";
import { requirePermission } from "@/lib/auth/current-user";
import { getLocale, getT } from "@/lib/i18n/server";
import { listSupportRequests } from "@/lib/support/list-support-requests";

export const metadata: Metadata = { title: "Support" };

/** Settings → Support (P-support-request: Global admins only): the organization's requests to the vendor, and Create a request. */
export default async function SupportPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePermission("support-request");
  const { requests, total, page, pageCount } = await listSupportRequests(user, { page: (await searchParams).page });
  const [t, locale] = [await getT(), await getLocale()];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="max-w-5xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("support.title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("support.intro", { vendor: vendorName() })}</p>
        </div>
        <Link
          href="/settings/support/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {t("support.create")}
        </Link>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("support.count", { count: total })}
      </p>
      {requests.length === 0 ? (
        <p>{t("support.none")}</p>
      ) : (
        <TableShell
          caption={t("support.title")}
          headers={[
            t("support.subject"),
            t("support.categoryLabel"),
            t("support.statusLabel"),
            t("support.createdBy"),
            t("support.createdAt"),
            t("support.updatedAt"),
          ]}
        >
          {requests.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/settings/support/${row.id}`} className="text-brand-700 underline">
                  {row.subject}
                </Link>
              </th>
              <td className={cell}>{t(`support.category.${row.category}`)}</td>
              <td className={cell}>{t(`support.status.${row.status}`)}</td>
              <td className={cell}>{row.createdBy?.name ?? t("support.formerUser")}</td>
              <td className={cell}>{date.format(row.createdAt)}</td>
              <td className={cell}>{date.format(row.updatedAt)}</td>
            </tr>
          ))}
        </TableShell>
      )}
      <Pager t={t} basePath="/settings/support" params={{}} page={page} pageCount={pageCount} />
    </div>
  );
}
