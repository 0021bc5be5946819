import { useFormatter } from "next-intl";
import type { AuditEventRow } from "@/lib/audit/audit-event-select";
import { summarizeAuditChange } from "@/lib/audit/summarize-audit-change";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actionLabel } from "./audit-filter-form";

type Row = AuditEventRow & { tenant?: { name: string; primaryDomain: string } | null };

type Props = { t: Translate; events: Row[]; withOrganization?: boolean };

function targetTypeLabel(type: string, t: Translate) {
  const key = `audit.target.${type}`;
  return key in en ? t(key as MessageKey) : type;
}

/** Read-only by design: audit events are never edited (the database refuses UPDATE and DELETE). */
export function AuditEventsTable({ t, events, withOrganization }: Props) {
  // Times in UTC, like the date filter, formatted in the reader's language.
  const format = useFormatter(); // the reader's time zone; the CSV export stays UTC
  const headers: MessageKey[] = [
    "audit.table.time",
    ...(withOrganization ? (["audit.table.organization"] as const) : []),
    "audit.table.actor",
    "audit.table.action",
    "audit.table.target",
    "audit.table.change",
    "audit.table.ip",
  ];
  return (
    // A wide table scrolls sideways; the focusable, named region lets keyboard users scroll it too.
    <div
      role="region"
      aria-label={t("audit.table.caption")}
      tabIndex={0}
      className="rounded-lg focus:outline-2 focus:outline-brand-700"
    >
      <Table caption={t("audit.table.caption")}>
        <TableHead>
          {headers.map((key) => (
            <TableHeader key={key} className="whitespace-nowrap">
              {t(key)}
            </TableHeader>
          ))}
        </TableHead>
        <TableBody>
          {events.map((event) => {
            const change = summarizeAuditChange(event.before, event.after, t);
            return (
              <TableRow key={event.id}>
                <TableCell rowHeader label={t("audit.table.time")} className="font-normal whitespace-nowrap">
                  <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, "precise")}</time>
                </TableCell>
                {withOrganization && (
                  <TableCell label={t("audit.table.organization")}>
                    {event.tenant ? (
                      <span>
                        {event.tenant.name}
                        <span className="block text-xs text-slate-600">{event.tenant.primaryDomain}</span>
                      </span>
                    ) : (
                      <span className="text-slate-600">{t("audit.table.platform")}</span>
                    )}
                  </TableCell>
                )}
                <TableCell label={t("audit.table.actor")} className="[overflow-wrap:anywhere] md:min-w-40">
                  {event.actorLabel}
                </TableCell>
                <TableCell label={t("audit.table.action")}>
                  <span>
                    {actionLabel(event.action, t)}
                    <span className="block font-mono text-xs text-slate-600 [overflow-wrap:anywhere]">
                      {event.action}
                    </span>
                  </span>
                </TableCell>
                <TableCell label={t("audit.table.target")} className="[overflow-wrap:anywhere] md:min-w-40">
                  <span>
                    {event.targetLabel ?? event.targetId ?? "—"}
                    <span className="block text-xs text-slate-600">{targetTypeLabel(event.targetType, t)}</span>
                  </span>
                </TableCell>
                <TableCell label={t("audit.table.change")} className="md:min-w-48">
                  {change.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="space-y-0.5">
                      {change.map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  )}
                </TableCell>
                <TableCell label={t("audit.table.ip")} className="font-mono text-xs whitespace-nowrap">
                  {event.ip ?? "—"}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
