import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { ProviderCard } from "@/components/providers/provider-card";
import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/ui/pager";
import { SearchForm } from "@/components/ui/search-form";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { listIndirectProviders } from "@/lib/indirect-providers/list-indirect-providers";
import { countryName } from "@/lib/regions";
import { searchText } from "@/lib/text";

export const generateMetadata = titled("providers.title");

type Search = { q?: string; page?: string };

/** Indirect providers (reseller side, P-customers-view, active indirect reseller program): providers with contact and support details, View customers, Invite new customers (R5). */
export default async function IndirectProvidersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("customers-view");
  const params = await searchParams;
  const q = searchText(params.q);
  const view = await orNotFound(listIndirectProviders(user, { search: q, page: params.page }));
  const [t, locale] = [await getT(), await getLocale()];
  const format = await getFormatter();
  const mayInvite = can(user, "customer-request");
  const invite = !mayInvite ? "none" : view.readiness.ready ? "link" : "not-ready";
  const hasActive = view.providers.some((row) => row.status === "ACTIVE");

  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("providers.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("providers.intro")}</p>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          {t("providers.endHint")}{" "}
          {can(user, "support-request") && (
            <Link
              href="/settings/support/new?category=END_PROVIDER_RESELLER_RELATIONSHIP"
              className="text-brand-700 underline"
            >
              {t("providers.endHintLink")}
            </Link>
          )}
        </p>
      </div>
      {mayInvite && hasActive && !view.readiness.ready && (
        <Alert tone="warning" title={t("providers.notReadyTitle")}>
          <ul className="list-disc pl-5">
            {view.readiness.missing.map((step) => (
              <li key={step}>{t(`providers.step.${step}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <SearchForm
        id="provider-search"
        label={t("providers.search")}
        button={t("providers.searchButton")}
        defaultValue={q}
      />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("providers.count", { count: view.total })}
      </p>
      {view.providers.length === 0 ? (
        <p>{q ? t("providers.noMatch") : t("providers.none")}</p>
      ) : (
        <ul className="space-y-4">
          {view.providers.map((row) => (
            <li key={row.relationshipId}>
              <ProviderCard
                row={row}
                t={t}
                formatDate={(value) => format.dateTime(value, "date")}
                countryLabel={countryName(row.countryCode, locale)}
                invite={invite}
              />
            </li>
          ))}
        </ul>
      )}
      <Pager t={t} basePath="/indirect-providers" params={q ? { q } : {}} page={view.page} pageCount={view.pageCount} />
    </div>
  );
}
