import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { CustomerSummary } from "@/components/customers/customer-summary";
import { summaryFormat, summaryTexts } from "@/components/customers/summary-texts";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getCustomerDetail } from "@/lib/customers/get-customer-detail";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";

export const generateMetadata = titled("customers.detail.title");

/** A customer's details: only with this partner's own active relationship (R7), else "not found". */
export default async function CustomerDetailPage({ params }: { params: Promise<{ customerId: string }> }) {
  const user = await requirePermission("customers-view");
  const customer = await orNotFound(getCustomerDetail(user, (await params).customerId));
  const [t, locale] = [await getT(), await getLocale()];
  return (
    <div className="max-w-6xl space-y-6">
      <Link href="/customers" className="text-sm text-brand-700 underline">
        {t("customers.backToList")}
      </Link>
      <div>
        <p className="text-sm text-slate-700">{t("customers.detail.title")}</p>
        <h1 className="text-2xl font-semibold">{customer.name}</h1>
        <p className="mt-1 text-sm text-slate-700">{customer.domain}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <CustomerSummary
          canManage={can(user, "customers-manage")}
          summary={summaryTexts(t, summaryFormat(locale, await getFormatter()), {
            ...customer,
            channel: customer.relationship.channel,
            since: customer.relationship.since,
            linkedPartner: customer.relationship.linkedPartner,
          })}
        />
      </div>
      <p className="text-xs text-slate-600">{t("customers.detail.otherPartnersNote")}</p>
    </div>
  );
}
