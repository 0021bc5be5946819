import type { AuditEventRow } from "@/lib/audit/audit-event-select";
import { summarizeAuditChange } from "@/lib/audit/summarize-audit-change";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";
import { actionLabel } from "./audit-filter-form";

type Row = AuditEventRow & { tenant?: { name: string; primaryDomain: string } | null };

type Props = { t: Translate; locale: string; events: Row[]; withOrganization?: boolean };

function targetTypeLabel(type: string, t: Translate) {
  const key = `audit.target.${type}`;
  return key in en ? t(key as MessageKey) : type;
}

/** Read-only by design: audit events are never edited (the database refuses UPDATE and DELETE). */
export function AuditEventsTable({ t, locale, events, withOrganization }: Props) {
  // Times in UTC, like the date filter, formatted in the reader's language.
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  const cell = "px-4 py-2 align-top";
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
      aria-labelledby="audit-table-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700"
    >
      <table className="w-full text-left text-sm">
        <caption id="audit-table-caption" className="sr-only">
          {t("audit.table.caption")}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {headers.map((key) => (
              <th key={key} scope="col" className={`${cell} whitespace-nowrap`}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const change = summarizeAuditChange(event.before, event.after, t);
            return (
              <tr key={event.id} className="border-t border-slate-200">
                <th scope="row" className={`${cell} font-normal whitespace-nowrap`}>
                  <time dateTime={event.createdAt.toISOString()}>{time.format(event.createdAt)}</time>
                </th>
                {withOrganization && (
                  <td className={cell}>
                    {event.tenant ? (
                      <>
                        {event.tenant.name}
                        <span className="block text-xs text-slate-600">{event.tenant.primaryDomain}</span>
                      </>
                    ) : (
                      <span className="text-slate-600">{t("audit.table.platform")}</span>
                    )}
                  </td>
                )}
                <td className={`${cell} min-w-40 [overflow-wrap:anywhere]`}>{event.actorLabel}</td>
                <td className={cell}>
                  {actionLabel(event.action, t)}
                  <span className="block font-mono text-xs text-slate-600 [overflow-wrap:anywhere]">
                    {event.action}
                  </span>
                </td>
                <td className={`${cell} min-w-40 [overflow-wrap:anywhere]`}>
                  {event.targetLabel ?? event.targetId ?? "—"}
                  <span className="block text-xs text-slate-600">{targetTypeLabel(event.targetType, t)}</span>
                </td>
                <td className={`${cell} min-w-48`}>
                  {change.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="space-y-0.5">
                      {change.map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{event.ip ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
