import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { FactSection } from "@/components/operator/fact-list";
import { EndRelationshipDialog } from "@/components/operator/end-relationship-dialog";
import { Conversation } from "@/components/support/conversation";
import { relationshipFacts } from "@/components/support/relationship-facts";
import { TextActionForm } from "@/components/support/text-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { vendorName } from "@/emails/layout";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getSupportRequestDetail } from "@/lib/support/get-support-request-detail";
import { BODY_MAX } from "@/lib/support/support-input";
import { endProviderResellerRelationshipAction } from "../../relationships/actions/end-provider-reseller-relationship";
import { closeSupportRequestAction } from "../actions/close-support-request";
import { replyToSupportRequestAction } from "../actions/reply-to-support-request";

export const generateMetadata = titled("support.requestTitle");

/** Operator console → one support request: the conversation, Reply, Close, and for an end-relationship request End relationship (R15). */
export default async function OperatorSupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const request = await orNotFound(getSupportRequestDetail(operator, (await params).id));
  const t = await getT();
  const format = await getFormatter();
  const formatDate = (value: Date) => format.dateTime(value, "dateTime");
  const open = request.status !== "CLOSED";
  const relationship = request.category === "END_PROVIDER_RESELLER_RELATIONSHIP" ? request.relationship : null;
  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/operator/support" className="text-sm text-brand-700 underline">
        {t("support.backToOperatorList")}
      </Link>
      <h1 className="text-2xl font-semibold break-words">{request.subject}</h1>
      <FactSection
        id="request-facts"
        title={t("support.details")}
        facts={[
          [t("support.organization"), `${request.partner.legalName} (${request.partner.pnId})`],
          [
            t("support.requester"),
            request.createdBy ? `${request.createdBy.name} <${request.createdBy.email}>` : request.partner.contactEmail,
          ],
          [t("support.categoryLabel"), t(`support.category.${request.category}`)],
          [t("support.statusLabel"), t(`support.status.${request.status}`)],
          [t("support.createdAt"), formatDate(request.createdAt)],
          ...relationshipFacts(request.relationship, t, formatDate),
        ]}
      />
      {relationship && (
        <section aria-labelledby="end-relationship" className="space-y-3 rounded-lg border border-red-200 bg-white p-5">
          <h2 id="end-relationship" className="text-lg font-semibold">
            {t("endRelationship.title")}
          </h2>
          {relationship.status === "ACTIVE" && open && (
            <p className="text-sm text-slate-700">{t("endRelationship.fromRequestHint")}</p>
          )}
          {relationship.status === "ENDED" && <Alert tone="info">{t("endRelationship.alreadyEndedNote")}</Alert>}
          {relationship.status === "ACTIVE" && open && (
            <EndRelationshipDialog
              relationship={relationship}
              supportRequestId={request.id}
              action={endProviderResellerRelationshipAction}
            />
          )}
        </section>
      )}
      <Conversation request={request} t={t} vendor={vendorName()} formatDate={formatDate} />
      <section aria-labelledby="reply" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="reply" className="text-lg font-semibold">
          {t("support.replyTitle")}
        </h2>
        {!open && <Alert tone="info">{t("support.isClosed")}</Alert>}
        <TextActionForm
          action={replyToSupportRequestAction}
          id="reply-body"
          name="body"
          label={t("support.replyLabel")}
          hint={t("support.replyHint")}
          submitLabel={t("support.reply")}
          hidden={{ requestId: request.id }}
          maxLength={BODY_MAX}
          open={open}
        />
        {open && (
          <div className="space-y-3 border-t border-slate-200 pt-4">
            <p className="text-sm text-slate-700">{t("support.closeHint")}</p>
            {/* A closed request can't be reopened. */}
            <ConfirmDialog
              trigger={<Button variant="secondary">{t("support.close")}</Button>}
              title={t("confirm.closeSupportRequest.title")}
              description={t("confirm.closeSupportRequest.body", { subject: request.subject })}
              confirmLabel={t("confirm.closeSupportRequest.submit")}
              action={closeSupportRequestAction}
              fields={{ requestId: request.id }}
            />
          </div>
        )}
      </section>
    </div>
  );
}
