import { ArrowLeft } from "lucide-react";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { FactSection } from "@/components/operator/fact-list";
import { Conversation } from "@/components/support/conversation";
import { StatusBadge } from "@/components/ui/status-badge";
import { vendorName } from "@/emails/layout";
import { requirePermission } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getSupportRequest } from "@/lib/support/get-support-request";
import { relationshipFacts } from "@/components/support/relationship-facts";

export const generateMetadata = titled("support.requestTitle");

/** Settings → Support → one request of the organization (P-support-request): its status, the relationship it is about, and the conversation. */
export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("support-request");
  const request = await orNotFound(getSupportRequest(user, (await params).id));
  const t = await getT();
  const format = await getFormatter();
  const formatDate = (value: Date) => format.dateTime(value, "dateTime");
  const vendor = vendorName();
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/settings/support" className="inline-flex items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("support.backToList")}
      </Link>
      <h1 className="text-2xl font-semibold break-words">{request.subject}</h1>
      <FactSection
        id="request-facts"
        title={t("support.details")}
        facts={[
          [t("support.categoryLabel"), t(`support.category.${request.category}`)],
          [
            t("support.statusLabel"),
            <StatusBadge key="status" kind="support" status={request.status}>
              {t(`support.status.${request.status}`)}
            </StatusBadge>,
          ],
          [t("support.createdBy"), request.createdBy?.name ?? t("support.formerUser")],
          [t("support.createdAt"), formatDate(request.createdAt)],
          ...relationshipFacts(request.relationship, t, formatDate),
        ]}
      />
      <Conversation request={request} t={t} vendor={vendor} formatDate={formatDate} />
    </div>
  );
}
