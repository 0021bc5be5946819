import { PageHeader } from "@/components/ui/page-header";
import { CircleCheck, UserPlus } from "lucide-react";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { SentInvitationsTable } from "@/components/invitations/sent-invitations-table";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { SearchForm } from "@/components/ui/search-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { listIndirectResellers } from "@/lib/provider-reseller-relationships/list-indirect-resellers";
import { listResellerInvitations } from "@/lib/provider-reseller-relationships/list-reseller-invitations";
import { countryName } from "@/lib/regions";
import { searchText } from "@/lib/text";
import { orNotFound } from "@/lib/pages/or-not-found";
import { resendResellerInvitationAction } from "./actions/resend-reseller-invitation";
import { revokeResellerInvitationAction } from "./actions/revoke-reseller-invitation";

export const generateMetadata = titled("partnerships.title");

type Search = { q?: string; page?: string; invitationsPage?: string };

/**
 * Indirect resellers (providers only; P-customers-view to see, P-reseller-invite to invite, resend
 * and revoke): the resellers with region, PN ID, since, status and R5 readiness, then the
 * invitations with their state (R16).
 */
export default async function IndirectResellersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("customers-view");
  const params = await searchParams;
  const [t, locale] = [await getT(), await getLocale()];
  const format = await getFormatter();
  const q = searchText(params.q);
  const [list, sent] = await Promise.all([
    orNotFound(listIndirectResellers(user, { search: q, page: params.page })),
    orNotFound(listResellerInvitations(user, { page: params.invitationsPage })),
  ]);
  const mayInvite = can(user, "reseller-invite");

  return (
    <div className="max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={t("partnerships.title")} intro={t("partnerships.intro")} />
        {mayInvite && (
          <Button asChild>
            <Link href="/indirect-resellers/invite">
              <UserPlus aria-hidden="true" />
              {t("partnerships.inviteButton")}
            </Link>
          </Button>
        )}
      </div>

      <SearchForm
        id="reseller-search"
        label={t("partnerships.search")}
        button={t("partnerships.searchButton")}
        defaultValue={q}
      />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("partnerships.count", { count: list.total })}
      </p>
      {list.resellers.length === 0 ? (
        <p>{t(q ? "partnerships.noneMatching" : "partnerships.none")}</p>
      ) : (
        <Table caption={t("partnerships.title")}>
          <TableHead>
            <TableHeader>{t("partnerships.col.reseller")}</TableHeader>
            <TableHeader>{t("partnerships.col.pnId")}</TableHeader>
            <TableHeader>{t("partnerships.col.region")}</TableHeader>
            <TableHeader>{t("partnerships.col.since")}</TableHeader>
            <TableHeader>{t("partnerships.col.status")}</TableHeader>
            <TableHeader>{t("partnerships.col.readiness")}</TableHeader>
          </TableHead>
          <TableBody>
            {list.resellers.map((row) => (
              <TableRow key={row.relationshipId}>
                <TableCell rowHeader label={t("partnerships.col.reseller")} className="font-medium">
                  {row.name}
                </TableCell>
                <TableCell label={t("partnerships.col.pnId")}>{row.pnId}</TableCell>
                <TableCell label={t("partnerships.col.region")}>
                  {`${t(`region.${row.region}`)} (${countryName(row.countryCode, locale)})`}
                </TableCell>
                <TableCell label={t("partnerships.col.since")}>{format.dateTime(row.startedAt, "date")}</TableCell>
                <TableCell label={t("partnerships.col.status")}>
                  <StatusBadge kind="relationship" status={row.status}>
                    {row.status === "ACTIVE"
                      ? t("partnerships.status.ACTIVE")
                      : t("partnerships.status.ENDED", {
                          date: row.endedAt ? format.dateTime(row.endedAt, "date") : "—",
                        })}
                  </StatusBadge>
                </TableCell>
                <TableCell label={t("partnerships.col.readiness")}>
                  {row.status !== "ACTIVE" ? (
                    t("partnerships.endedNoReadiness")
                  ) : row.readiness.ready ? (
                    <span className="inline-flex items-center gap-1 text-green-800">
                      <CircleCheck aria-hidden="true" className="size-4" />
                      {t("partnerships.ready")}
                    </span>
                  ) : (
                    <div className="text-amber-900">
                      <p>{t("partnerships.notReady")}</p>
                      <ul className="list-disc pl-5">
                        {row.readiness.missing.map((step) => (
                          <li key={step}>{t(`partnerships.step.${step}`)}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager
        t={t}
        basePath="/indirect-resellers"
        params={{ ...(q ? { q } : {}), ...(params.invitationsPage ? { invitationsPage: params.invitationsPage } : {}) }}
        page={list.page}
        pageCount={list.pageCount}
      />

      <section aria-labelledby="invitations-title" className="space-y-3">
        <h2 id="invitations-title" className="text-xl font-semibold">
          {t("partnerships.invitations.title")}
        </h2>
        <SentInvitationsTable
          caption={t("partnerships.invitations.caption")}
          inviteeHeader={t("partnerships.invitations.sentTo")}
          noInvitee="—"
          empty={t("partnerships.invitations.none")}
          columns={[
            { key: "kind", header: t("partnerships.invitations.reseller") },
            { key: "state", header: t("partnerships.invitations.state") },
            { key: "sentOn", header: t("partnerships.invitations.sentOn") },
            { key: "expires", header: t("partnerships.invitations.expires") },
            ...(mayInvite ? [{ key: "actions" as const, header: t("partnerships.invitations.actions") }] : []),
          ]}
          rows={sent.invitations.map((row) => ({
            id: row.id,
            invitee: row.sentTo,
            kind: row.targetName ?? "—",
            state: row.state,
            stateText: t(`partnerships.stateLabel.${row.state}`),
            refusal:
              row.state === "PENDING" && row.lastRefusal
                ? t("partnerships.invitations.refused", {
                    rule: row.lastRefusal.rule,
                    date: format.dateTime(row.lastRefusal.at, "date"),
                  })
                : null,
            sentOn: format.dateTime(row.sentOn, "date"),
            resentOn:
              row.resentOn && t("partnerships.invitations.resentOn", { date: format.dateTime(row.resentOn, "date") }),
            expires: row.state === "PENDING" || row.state === "EXPIRED" ? format.dateTime(row.expiresAt, "date") : "—",
            actions: {
              resendLabel: t("partnerships.invitations.resendLabel", { email: row.sentTo ?? "" }),
              revokeLabel: t("partnerships.invitations.revokeLabel", { email: row.sentTo ?? "" }),
            },
          }))}
          resendAction={resendResellerInvitationAction}
          revokeAction={revokeResellerInvitationAction}
          kind="reseller"
          pager={{
            t,
            basePath: "/indirect-resellers",
            params: { ...(q ? { q } : {}), ...(list.page > 1 ? { page: String(list.page) } : {}) },
            page: sent.page,
            pageCount: sent.pageCount,
            param: "invitationsPage",
            label: t("partnerships.invitations.pages"),
          }}
        />
      </section>
    </div>
  );
}
