import { AuditLogView } from "@/components/audit/audit-log-view";
import { streamedPage } from "@/components/shell/streamed-page";
import { deadEmailRows } from "@/components/audit/dead-email-rows";
import { DeadEmailsTable } from "@/components/audit/dead-emails-table";
import { Alert } from "@/components/ui/alert";
import { listAuditActions } from "@/lib/audit/list-audit-actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { requirePermission } from "@/lib/auth/current-user";
import { DEAD_EMAILS_LIMIT, listDeadEmails } from "@/lib/email/list-dead-emails";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/pages/or-not-found";
import { retryDeadEmailAction } from "./actions/retry-dead-email";

export const generateMetadata = titled("audit.title");

type Search = Record<string, string | string[] | undefined>;

/** SPEC §6: the organization's audit log and its undeliverable emails (P-audit-view; everyone else gets "not found"). */
async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("audit-view");
  const [t, parsed] = [await getT(), parseAuditFilter(await searchParams)];
  // The domain functions check P-audit-view again and scope to the session's tenant.
  const [actions, page, deadEmails] = await orNotFound(
    Promise.all([
      listAuditActions(user),
      parsed.ok ? listAuditEvents(user, parsed.filter) : null,
      listDeadEmails(user),
    ]),
  );
  const notice =
    deadEmails.length > 0 ? (
      <Alert tone="warning" title={t("deadEmails.notice")}>
        <a href="#undeliverable-emails" className="underline">
          {t("deadEmails.noticeLink")}
        </a>
      </Alert>
    ) : null;
  return (
    <div className="max-w-7xl space-y-10">
      <AuditLogView
        t={t}
        title={t("audit.title")}
        intro={t("audit.intro")}
        basePath="/settings/audit-log"
        parsed={parsed}
        actions={actions}
        page={page}
        notice={notice}
      />
      <section id="undeliverable-emails" aria-labelledby="undeliverable-emails-heading" className="space-y-3">
        <div>
          <h2 id="undeliverable-emails-heading" className="text-lg font-semibold">
            {t("deadEmails.title")}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("deadEmails.intro")}</p>
          {deadEmails.length >= DEAD_EMAILS_LIMIT && (
            <p className="mt-1 text-sm text-slate-700">{t("deadEmails.limited", { count: DEAD_EMAILS_LIMIT })}</p>
          )}
        </div>
        <DeadEmailsTable rows={deadEmailRows(deadEmails)} action={retryDeadEmailAction} />
      </section>
    </div>
  );
}

export default streamedPage(() => requirePermission("audit-view"), AuditLogPage);
