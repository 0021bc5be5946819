import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { listAuditActions } from "@/lib/audit/list-audit-actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { requirePermission } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { getLocale, getT } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;

/** SPEC §6: the organization's audit log (P-audit-view; everyone else gets "not found"). */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("audit-view");
  const [t, locale, parsed] = [await getT(), await getLocale(), parseAuditFilter(await searchParams)];
  try {
    // The domain functions check P-audit-view again and scope to the session's tenant.
    const [actions, page] = await Promise.all([listAuditActions(user), parsed.ok ? listAuditEvents(user, parsed.filter) : null]);
    return (
      <AuditLogView t={t} locale={locale} title={t("audit.title")} intro={t("audit.intro")} basePath="/settings/audit-log" parsed={parsed} actions={actions} page={page} />
    );
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
