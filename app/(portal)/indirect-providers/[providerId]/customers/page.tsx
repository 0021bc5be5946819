import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/ui/pager";
import { SearchForm } from "@/components/ui/search-form";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { listSharedCustomers } from "@/lib/indirect-providers/list-shared-customers";
import { countryName } from "@/lib/regions";
import { searchText } from "@/lib/text";

export const generateMetadata = titled("providers.viewCustomers");

type Search = { q?: string; page?: string };

/** Indirect providers → View customers: the customers the reseller shares with one provider (R7: the intersection, nothing else). */
export default async function SharedCustomersPage({
  params,
  searchParams,
}: {
  params: Promise<{ providerId: string }>;
  searchParams: Promise<Search>;
}) {
  const user = await requirePermission("customers-view");
  const [{ providerId }, query] = [await params, await searchParams];
  const q = searchText(query.q);
  const view = await orNotFound(listSharedCustomers(user, providerId, { search: q, page: query.page }));
  const [t, locale] = [await getT(), await getLocale()];
  const format = await getFormatter();
  const provider = view.provider;

  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/indirect-providers" className="text-sm text-brand-700 underline">
        {t("providers.backToList")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("providers.sharedTitle", { provider: provider.legalName })}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          {t("providers.sharedIntro", { provider: provider.legalName, pnId: provider.pnId })}
        </p>
      </div>
      {provider.ended && (
        <Alert tone="info">
          {t("providers.sharedEnded", {
            provider: provider.legalName,
            date: provider.endedAt ? format.dateTime(provider.endedAt, "date") : "",
          })}
        </Alert>
      )}
      <SearchForm
        id="customer-search"
        label={t("providers.searchCustomers")}
        button={t("providers.searchButton")}
        defaultValue={q}
      />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("providers.sharedCount", { count: view.total })}
      </p>
      {view.customers.length === 0 ? (
        <p>{q ? t("providers.noMatch") : t("providers.sharedNone", { provider: provider.legalName })}</p>
      ) : (
        <Table caption={t("providers.sharedTitle", { provider: provider.legalName })}>
          <TableHead>
            <TableHeader>{t("providers.customer")}</TableHeader>
            <TableHeader>{t("providers.domain")}</TableHeader>
            <TableHeader>{t("providers.country")}</TableHeader>
            <TableHeader>{t("providers.customerSince")}</TableHeader>
          </TableHead>
          <TableBody>
            {view.customers.map((row) => (
              <TableRow key={row.id}>
                <TableCell rowHeader label={t("providers.customer")} className="font-medium">
                  {row.name}
                </TableCell>
                <TableCell label={t("providers.domain")}>{row.domain}</TableCell>
                <TableCell label={t("providers.country")}>{countryName(row.countryCode, locale)}</TableCell>
                <TableCell label={t("providers.customerSince")}>{format.dateTime(row.since, "date")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager
        t={t}
        basePath={`/indirect-providers/${provider.id}/customers`}
        params={q ? { q } : {}}
        page={view.page}
        pageCount={view.pageCount}
      />
    </div>
  );
}
