"use client";
import { Fragment, useState } from "react";
import { CustomerSummary, type SummaryTexts } from "./customer-summary";

export type CustomerRowTexts = {
  id: string;
  name: string;
  /** "Details for …": the down arrow's accessible name. */
  expandLabel: string;
  cells: [domain: string, country: string, channel: string, linked: string, since: string];
  summary: SummaryTexts;
};

/**
 * The customer list with each row's down arrow: a disclosure button (aria-expanded,
 * aria-controls; Enter and Space as on any button) that shows the customer's details row. The
 * details are texts the server sent with the page — expanding fetches nothing — and are rendered
 * only when open, so 25 collapsed rows cost little to render.
 */
export function CustomersTable({
  caption,
  headers,
  rows,
  canManage,
}: {
  caption: string;
  headers: string[];
  rows: CustomerRowTexts[];
  /** P-customers-manage: whether Add products shows. */
  canManage: boolean;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm [&_td]:px-4 [&_td]:py-2 [&_th]:px-4 [&_th]:py-2">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const expanded = open.has(row.id);
            const detailsId = `details-${row.id}`;
            return (
              <Fragment key={row.id}>
                <tr className="border-t border-slate-200">
                  <th scope="row" className="font-medium">
                    <span className="flex items-center gap-2">
                      <button
                        type="button"
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                        aria-label={row.expandLabel}
                        onClick={() => toggle(row.id)}
                        className="rounded px-1.5 text-lg leading-none hover:bg-slate-200"
                      >
                        <span aria-hidden="true" className={`inline-block ${expanded ? "rotate-180" : ""}`}>
                          ▾
                        </span>
                      </button>
                      <a href={`/customers/${row.id}`} className="text-brand-700 underline">
                        {row.name}
                      </a>
                    </span>
                  </th>
                  {row.cells.map((text, index) => (
                    <td key={index}>{text}</td>
                  ))}
                </tr>
                <tr id={detailsId} hidden={!expanded} className="bg-slate-50">
                  <td colSpan={headers.length}>
                    {expanded && <CustomerSummary canManage={canManage} summary={row.summary} />}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
