import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { SentInvitationsTable } from "@/components/invitations/sent-invitations-table";
import { requirePermission } from "@/lib/auth/current-user";
import { listCustomerInvitations } from "@/lib/customer-invitations/list-customer-invitations";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import type { SentInvitation } from "@/lib/invitations/list-sent-invitations";
import { resendCustomerInvitationAction } from "./actions/resend-customer-invitation";
import { revokeCustomerInvitationAction } from "./actions/revoke-customer-invitation";
import { ArrowLeft } from "lucide-react";
import { Button } from "@/components/ui/button";
import { streamedPage } from "@/components/shell/streamed-page";

export const generateMetadata = titled("invites.sent.title");

/** Sent requests (P-customer-request): the partner's customer invitations with state; Resend and Revoke on its own pending ones (R16). */
async function SentRequestsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePermission("customer-request");
  const params = await searchParams;
  const t = await getT();
  const format = await getFormatter();
  const { invitations, total, page, pageCount } = await listCustomerInvitations(user, { page: params.page });

  return (
    <div className="max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/customers" className="inline-flex items-center gap-1 text-sm text-brand-700 underline">
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t("invites.request.backToCustomers")}
          </Link>
          <h1 className="mt-2 text-2xl font-semibold">{t("invites.sent.title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">
            {t("invites.sent.intro", { partner: user.tenantName })}
          </p>
        </div>
        <Button asChild>
          <Link href="/customers/request">{t("invites.request.title")}</Link>
        </Button>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("invites.sent.count", { count: total })}
      </p>
      <SentInvitationsTable
        caption={t("invites.sent.title")}
        inviteeHeader={t("invites.sent.col.to")}
        noInvitee={t("invites.sent.noAddress")}
        empty={t("invites.sent.none")}
        columns={[
          { key: "kind", header: t("invites.sent.col.type") },
          { key: "sentOn", header: t("invites.sent.col.sentOn") },
          { key: "expires", header: t("invites.sent.col.expires") },
          { key: "state", header: t("invites.sent.col.state") },
          { key: "actions", header: t("invites.sent.col.actions") },
        ]}
        rows={invitations.map((row) => ({
          id: row.id,
          invitee: row.sentTo,
          kind: typeOf(row, t),
          state: row.state,
          stateText: t(`invites.sent.state.${row.state}`),
          acceptedBy: row.acceptedTenantName && t("invites.sent.acceptedBy", { customer: row.acceptedTenantName }),
          refusal:
            row.lastRefusal && row.state !== "ACCEPTED"
              ? t("invites.sent.refused", {
                  rule: refusalOf(row.lastRefusal.rule, t),
                  date: format.dateTime(row.lastRefusal.at, "date"),
                })
              : null,
          sentOn: format.dateTime(row.sentOn, "date"),
          resentOn: row.resentOn && t("invites.sent.resentOn", { date: format.dateTime(row.resentOn, "date") }),
          expires: format.dateTime(row.expiresAt, "date"),
          actions: row.mine
            ? {
                resendLabel: `${t("invites.sent.resend")}: ${row.sentTo ?? t("invites.sent.noAddress")}`,
                revokeLabel: `${t("invites.sent.revoke")}: ${row.sentTo ?? t("invites.sent.noAddress")}`,
              }
            : null,
        }))}
        resendAction={resendCustomerInvitationAction}
        revokeAction={revokeCustomerInvitationAction}
        kind="customer"
        pager={{ t, basePath: "/customers/requests", params: {}, page, pageCount }}
      />
    </div>
  );
}

function typeOf(row: SentInvitation, t: Translate): string {
  if (row.kind === "CUSTOMER_RELATIONSHIP") return t("invites.sent.type.request");
  return t(row.mine ? "invites.sent.type.jointWith" : "invites.sent.type.jointBy", {
    partner: row.otherPartnerName ?? "",
  });
}

/** "R3 — a partner tenant can't be a customer"; an unknown code shows as it is. */
function refusalOf(rule: string, t: Translate): string {
  const key = `invites.sent.refusedReason.${rule}`;
  return key in en ? `${rule} — ${t(key as MessageKey)}` : rule;
}

export default streamedPage(() => requirePermission("customer-request"), SentRequestsPage);
