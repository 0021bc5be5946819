import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/operator/pager";
import { PartnersTable } from "@/components/operator/partners-table";
import { requireOperator } from "@/lib/auth/current-user";
import { getLocale, getT } from "@/lib/i18n/server";
import { listPartnerOrganizations } from "@/lib/operator/list-partner-organizations";
import { searchText } from "@/lib/text";
import { markIndirectMoveEligibleAction } from "./actions/mark-indirect-move-eligible";

export const metadata: Metadata = { title: "Partner organizations" };

type Search = { q?: string | string[]; page?: string | string[] };

/** Operator console → Partners: search, programs, and R14 eligibility for direct-bill partners. */
export default async function OperatorPartnersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperator();
  const [t, locale] = [await getT(), await getLocale()];
  const params = await searchParams;
  const q = searchText(params.q);
  const { partners, total, page, pageCount } = await listPartnerOrganizations(operator, { search: q, page: params.page });
  return (
    <div className="max-w-7xl space-y-6">
      <Link href="/operator" className="text-sm text-brand-700 underline">
        {t("operator.title")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("review.partners.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("review.partners.intro")}</p>
      </div>
      <form role="search" method="get" className="flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor="partner-search" className="block text-sm font-medium">
            {t("review.partners.search")}
          </label>
          <input id="partner-search" name="q" type="search" defaultValue={q} maxLength={100} className="mt-1 block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-sm" />
        </div>
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
          {t("review.partners.searchButton")}
        </button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("review.partners.count", { count: total })}
      </p>
      <PartnersTable t={t} locale={locale} rows={partners} action={markIndirectMoveEligibleAction} />
      <Pager t={t} basePath="/operator/partners" params={q ? { q } : {}} page={page} pageCount={pageCount} />
    </div>
  );
}
