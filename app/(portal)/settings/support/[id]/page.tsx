import type { Metadata } from "next";
import Link from "next/link";
import { FactSection } from "@/components/operator/fact-list";
import { Conversation } from "@/components/support/conversation";
import { vendorName } from "@/emails/layout";
import { requirePermission } from "@/lib/auth/current-user";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getSupportRequest } from "@/lib/support/get-support-request";
import { relationshipFacts } from "@/components/support/relationship-facts";

export const metadata: Metadata = { title: "Support request" };

/** Settings → Support → one request of the organization (P-support-request): its status, the relationship it is about, and the conversation. */
export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("support-request");
  const request = await orNotFound(getSupportRequest(user, (await params).id));
  const [t, locale] = [await getT(), await getLocale()];
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const formatDate = (value: Date) => dateTime.format(value);
  const vendor = vendorName();
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/settings/support" className="text-sm text-brand-700 underline">
        {t("support.backToList")}
      </Link>
      <h1 className="text-2xl font-semibold break-words">{request.subject}</h1>
      <FactSection
        id="request-facts"
        title={t("support.details")}
        facts={[
          [t("support.categoryLabel"), t(`support.category.${request.category}`)],
          [t("support.statusLabel"), t(`support.status.${request.status}`)],
          [t("support.createdBy"), request.createdBy?.name ?? t("support.formerUser")],
          [t("support.createdAt"), formatDate(request.createdAt)],
          ...relationshipFacts(request.relationship, t, formatDate),
        ]}
      />
      <Conversation request={request} t={t} vendor={vendor} formatDate={formatDate} />
    </div>
  );
}
