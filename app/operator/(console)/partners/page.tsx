import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { SearchForm } from "@/components/ui/search-form";
import { PartnersTable } from "@/components/operator/partners-table";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { listPartnerOrganizations } from "@/lib/operator/list-partner-organizations";
import { searchText } from "@/lib/text";
import { markIndirectMoveEligibleAction } from "./actions/mark-indirect-move-eligible";

export const generateMetadata = titled("review.partners.title");

type Search = { q?: string | string[]; page?: string | string[] };

/** Operator console → Partners: search, programs, and R14 eligibility for direct-bill partners. */
export default async function OperatorPartnersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperator();
  const [t, locale] = [await getT(), await getLocale()];
  const params = await searchParams;
  const q = searchText(params.q);
  const { partners, total, page, pageCount } = await listPartnerOrganizations(operator, {
    search: q,
    page: params.page,
  });
  return (
    <div className="max-w-7xl space-y-6">
      <PageHeader
        title={t("review.partners.title")}
        intro={t("review.partners.intro")}
        back={{ href: "/operator", label: t("operator.title") }}
      />
      <SearchForm
        id="partner-search"
        label={t("review.partners.search")}
        button={t("review.partners.searchButton")}
        defaultValue={q}
      />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("review.partners.count", { count: total })}
      </p>
      <PartnersTable t={t} locale={locale} rows={partners} action={markIndirectMoveEligibleAction} />
      <Pager t={t} basePath="/operator/partners" params={q ? { q } : {}} page={page} pageCount={pageCount} />
    </div>
  );
}
