import { PageHeader } from "@/components/ui/page-header";
import { useFormatter } from "next-intl";
import type { ReactNode } from "react";
import { Download } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import type { AuditEventRow } from "@/lib/audit/audit-event-select";
import type { AuditPage } from "@/lib/audit/fetch-audit-page";
import { AUDIT_EXPORT_LIMIT } from "@/lib/audit/iterate-audit-events";
import { auditFilterParams, type ParsedAuditFilter } from "@/lib/audit/parse-audit-filter";
import { localize } from "@/lib/forms";
import type { Translate } from "@/lib/i18n/translate";
import { AuditEventsTable } from "./audit-events-table";
import { AuditFilterForm } from "./audit-filter-form";
import { AuditPager } from "./audit-pager";

type Row = AuditEventRow & { tenant?: { name: string; primaryDomain: string } | null };

type Props = {
  t: Translate;
  title: string;
  intro: string;
  basePath: string;
  parsed: ParsedAuditFilter;
  actions: string[];
  /** Null when the filter is invalid: nothing is listed until it is corrected. */
  page: AuditPage<Row> | null;
  withOrganization?: boolean;
  /** Shown under the intro, e.g. that some emails could not be delivered. */
  notice?: ReactNode;
};

/** The audit log page body, shared by the portal (one organization) and the operator console (all). */
export function AuditLogView({ t, title, intro, basePath, parsed, actions, page, withOrganization, notice }: Props) {
  const errors = parsed.ok
    ? {}
    : Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, localize(key, t)]));
  const filterParams = parsed.ok ? auditFilterParams(parsed.filter) : new URLSearchParams();
  const exportHref = `${basePath}/export${filterParams.size ? `?${filterParams}` : ""}`;
  const max = useFormatter().number(AUDIT_EXPORT_LIMIT);
  return (
    <div className="max-w-7xl space-y-6">
      <PageHeader title={title} intro={intro} />
      {notice}
      <AuditFilterForm
        t={t}
        values={parsed.values}
        errors={errors}
        actions={actions}
        resetHref={basePath}
        withOrganization={withOrganization}
      />
      {page && (
        <div className="flex flex-wrap items-center gap-3">
          {/* A plain link: a download, never prefetched or client-routed. */}
          <a
            href={exportHref}
            download
            aria-describedby="audit-export-hint"
            className={buttonVariants({ variant: "secondary" })}
          >
            <Download aria-hidden="true" />
            {t("audit.export")}
          </a>
          <p id="audit-export-hint" className="text-xs text-slate-600">
            {t("audit.exportHint", { max })}
          </p>
        </div>
      )}
      {!parsed.ok && (
        <Alert tone="error" title={t("audit.filter.fix")}>
          {errors.page}
        </Alert>
      )}
      {page &&
        (page.events.length === 0 ? (
          <p className="text-sm text-slate-700">{t("audit.table.empty")}</p>
        ) : (
          <AuditEventsTable t={t} events={page.events} withOrganization={withOrganization} />
        ))}
      {page && (
        <AuditPager
          t={t}
          basePath={basePath}
          filterParams={filterParams}
          previousCursor={page.previousCursor}
          nextCursor={page.nextCursor}
        />
      )}
    </div>
  );
}
