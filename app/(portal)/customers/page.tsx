import { PageHeader } from "@/components/ui/page-header";
import { Plus } from "lucide-react";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { CustomerFilterForm } from "@/components/customers/customer-filter-form";
import { CustomersTable } from "@/components/customers/customers-table";
import { summaryFormat, summaryTexts } from "@/components/customers/summary-texts";
import { streamedPage } from "@/components/shell/streamed-page";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { mayCreateCustomers } from "@/lib/customers/customer-creation";
import { type CustomerSort, customerFilterParams, parseCustomerFilter } from "@/lib/customers/customer-filter";
import { listCustomers } from "@/lib/customers/list-customers";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { listActivePrograms } from "@/lib/partners/list-active-programs";

export const generateMetadata = titled("customers.title");

/**
 * Customers (P-customers-view): search, filters, sort and paging in the URL; each row expands to
 * its relationship, visible partners (R11) and R10 actions. Statements per view: the shell's
 * session and programs (the latter cached for the page), then listCustomers' three.
 */
async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("customers-view");
  const [t, locale] = [await getT(), await getLocale()];
  const [list, programs] = await Promise.all([
    listCustomers(user, parseCustomerFilter(await searchParams)),
    listActivePrograms(user),
  ]);
  const { filter } = list;
  const filtered = Object.keys(customerFilterParams(filter)).length > 0;
  const mayRequest = can(user, "customer-request");
  const countText = t(list.capped ? "customers.countMore" : "customers.count", { count: list.total });
  // The shared Pager says "Page n of m"; when the count stopped at its window, it says "of m+".
  const pagerT: Translate = (key, vars) =>
    key === "common.pageOf" && list.capped ? t("customers.pageOfMore", vars) : t(key, vars);
  const format = summaryFormat(locale, await getFormatter());
  // Name and "customer since" sort through the URL (list-customers.ts walks an index for each order).
  const sortHref = (sort: CustomerSort) =>
    `/customers?${new URLSearchParams(customerFilterParams({ ...filter, sort, page: 1 }))}`;
  const sort = {
    name: {
      href: sortHref(filter.sort === "name" ? "name-desc" : "name"),
      direction: filter.sort === "name" ? "asc" : filter.sort === "name-desc" ? "desc" : undefined,
    },
    since: {
      href: sortHref(filter.sort === "newest" ? "oldest" : "newest"),
      direction: filter.sort === "oldest" ? "asc" : filter.sort === "newest" ? "desc" : undefined,
    },
  } as const;

  return (
    <div className="max-w-7xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={t("customers.title")} intro={t("customers.intro")} />
        {mayRequest && (
          <div className="flex flex-wrap gap-3">
            {mayCreateCustomers(programs) && (
              <Button asChild>
                <Link href="/customers/new">
                  <Plus aria-hidden="true" />
                  {t("customers.createCustomer")}
                </Link>
              </Button>
            )}
            <Button asChild variant="secondary">
              <Link href="/customers/request">{t("customers.request")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/customers/requests">{t("customers.sentRequests")}</Link>
            </Button>
          </div>
        )}
      </div>
      <CustomerFilterForm
        t={t}
        filter={filter}
        providers={list.providers}
        resellers={list.resellers}
        filtered={filtered}
      />
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="customer-count">
        {countText}
      </p>
      {list.customers.length === 0 ? (
        <p>{t(list.total > 0 ? "customers.nonePage" : filtered ? "customers.noneMatching" : "customers.none")}</p>
      ) : (
        <>
          <CustomersTable
            caption={t("customers.title")}
            headers={[
              t("customers.col.name"),
              t("customers.col.domain"),
              t("customers.col.country"),
              t("customers.col.channel"),
              t("customers.col.linked"),
              t("customers.col.since"),
            ]}
            canManage={can(user, "customers-manage")}
            sort={sort}
            rows={list.customers.map((customer) => ({
              id: customer.id,
              name: customer.name,
              expandLabel: t("customers.expand", { name: customer.name }),
              cells: [
                customer.domain,
                format.country(customer.countryCode),
                t(`customers.channel.${customer.channel}`),
                customer.linkedPartner?.name ?? "—",
                format.date(customer.since),
              ],
              channel: customer.channel,
              summary: summaryTexts(t, format, customer),
            }))}
          />
          <p className="text-xs text-slate-600">{t("customers.detail.otherPartnersNote")}</p>
        </>
      )}
      <Pager
        t={pagerT}
        basePath="/customers"
        params={customerFilterParams(filter)}
        page={list.page}
        pageCount={list.pageCount}
      />
    </div>
  );
}

export default streamedPage(() => requirePermission("customers-view"), CustomersPage);
