import type { Metadata } from "next";
import Link from "next/link";
import { sentInvitationActionLabels } from "@/components/invitations/invitation-labels";
import { SentInvitationActions } from "@/components/invitations/sent-invitation-actions";
import { Pager } from "@/components/ui/pager";
import { cellClass as cell, TableShell } from "@/components/ui/table-shell";
import { requirePermission } from "@/lib/auth/current-user";
import {
  listCustomerInvitations,
  type SentCustomerInvitation,
} from "@/lib/customer-invitations/list-customer-invitations";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { resendCustomerInvitationAction } from "./actions/resend-customer-invitation";
import { revokeCustomerInvitationAction } from "./actions/revoke-customer-invitation";

export const metadata: Metadata = { title: "Sent requests" };

/** Sent requests (P-customer-request): the partner's customer invitations with state; Resend and Revoke on its own pending ones (R16). */
export default async function SentRequestsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePermission("customer-request");
  const params = await searchParams;
  const [t, locale] = [await getT(), await getLocale()];
  const { invitations, total, page, pageCount } = await listCustomerInvitations(user, { page: params.page });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const labels = sentInvitationActionLabels(t, "customer");

  return (
    <div className="max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/customers" className="text-sm text-brand-700 underline">
            {t("invites.request.backToCustomers")}
          </Link>
          <h1 className="mt-2 text-2xl font-semibold">{t("invites.sent.title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">
            {t("invites.sent.intro", { partner: user.tenantName })}
          </p>
        </div>
        <Link
          href="/customers/request"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {t("invites.request.title")}
        </Link>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("invites.sent.count", { count: total })}
      </p>
      {invitations.length === 0 ? (
        <p>{t("invites.sent.none")}</p>
      ) : (
        <TableShell
          caption={t("invites.sent.title")}
          headers={[
            t("invites.sent.col.to"),
            t("invites.sent.col.type"),
            t("invites.sent.col.sentOn"),
            t("invites.sent.col.expires"),
            t("invites.sent.col.state"),
            t("invites.sent.col.actions"),
          ]}
        >
          {invitations.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top" data-testid="sent-request">
              <th scope="row" className={`${cell} font-medium`}>
                {row.sentTo ?? <span className="font-normal text-slate-600">{t("invites.sent.noAddress")}</span>}
              </th>
              <td className={cell}>{typeOf(row, t)}</td>
              <td className={cell}>
                {date.format(row.sentOn)}
                {row.resentOn && (
                  <span className="block text-xs text-slate-600">
                    {t("invites.sent.resentOn", { date: date.format(row.resentOn) })}
                  </span>
                )}
              </td>
              <td className={cell}>{date.format(row.expiresAt)}</td>
              <td className={cell}>
                <span data-testid="request-state">{t(`invites.sent.state.${row.state}`)}</span>
                {row.customerName && (
                  <span className="block text-xs text-slate-600">
                    {t("invites.sent.acceptedBy", { customer: row.customerName })}
                  </span>
                )}
                {row.lastRefusal && row.state !== "ACCEPTED" && (
                  <span className="block text-xs text-red-800">
                    {t("invites.sent.refused", {
                      rule: refusalOf(row.lastRefusal.rule, t),
                      date: date.format(row.lastRefusal.at),
                    })}
                  </span>
                )}
              </td>
              <td className={cell}>
                {row.mine && (
                  <SentInvitationActions
                    invitationId={row.id}
                    open={row.state === "PENDING" || row.state === "EXPIRED"}
                    resendLabel={`${labels.resend}: ${row.sentTo ?? t("invites.sent.noAddress")}`}
                    revokeLabel={`${labels.revoke}: ${row.sentTo ?? t("invites.sent.noAddress")}`}
                    resendAction={resendCustomerInvitationAction}
                    revokeAction={revokeCustomerInvitationAction}
                    labels={labels}
                  />
                )}
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      <Pager t={t} basePath="/customers/requests" params={{}} page={page} pageCount={pageCount} />
    </div>
  );
}

function typeOf(row: SentCustomerInvitation, t: Translate): string {
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
