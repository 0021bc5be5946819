import { AuditLogView } from "@/components/audit/audit-log-view";
import { listAllAuditActions } from "@/lib/audit/list-all-audit-actions";
import { listAllAuditEvents } from "@/lib/audit/list-all-audit-events";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = titled("audit.operatorTitle");

type Search = Record<string, string | string[] | undefined>;

/** SPEC §4/§6: the operator sees every organization's audit events, with an organization filter. */
export default async function OperatorAuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperator();
  const t = await getT();
  const parsed = parseAuditFilter(await searchParams, { operator: true });
  const [actions, page] = await Promise.all([
    listAllAuditActions(operator),
    parsed.ok ? listAllAuditEvents(operator, parsed.filter) : null,
  ]);
  return (
    <AuditLogView
      t={t}
      title={t("audit.operatorTitle")}
      intro={t("audit.operatorIntro")}
      basePath="/operator/audit-log"
      parsed={parsed}
      actions={actions}
      page={page}
      withOrganization
    />
  );
}
