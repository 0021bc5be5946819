"use client";
import { ChevronDown } from "lucide-react";
import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  RowLink,
  SortableHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { CustomerSummary, type SummaryTexts } from "./customer-summary";

type SortLink = { href: string; direction?: "asc" | "desc" };
const CHANNEL = 2; // the index of the channel among `cells`

export type CustomerRowTexts = {
  id: string;
  name: string;
  /** "Details for …": the down arrow's accessible name. */
  expandLabel: string;
  cells: [domain: string, country: string, channel: string, linked: string, since: string];
  /** The channel's code, for its badge's tone. */
  channel: "DIRECT_BILL" | "INDIRECT";
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
  sort,
}: {
  caption: string;
  /** Name, domain, country, channel, linked partner, customer since. */
  headers: string[];
  rows: CustomerRowTexts[];
  /** P-customers-manage: whether Add products shows. */
  canManage: boolean;
  /** The URL-driven sort of the name and "customer since" columns. */
  sort?: { name: SortLink; since: SortLink };
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const [nameHeader, ...columns] = headers;
  return (
    <Table caption={caption}>
      <TableHead>
        {sort ? (
          <SortableHeader href={sort.name.href} direction={sort.name.direction}>
            {nameHeader}
          </SortableHeader>
        ) : (
          <TableHeader>{nameHeader}</TableHeader>
        )}
        {columns.map((header, index) =>
          sort && index === columns.length - 1 ? (
            <SortableHeader key={header} href={sort.since.href} direction={sort.since.direction}>
              {header}
            </SortableHeader>
          ) : (
            <TableHeader key={header}>{header}</TableHeader>
          ),
        )}
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const expanded = open.has(row.id);
          const detailsId = `details-${row.id}`;
          return (
            <Fragment key={row.id}>
              <TableRow clickable>
                <TableCell rowHeader label={nameHeader} className="font-medium">
                  <span className="flex items-center gap-2">
                    <Button
                      variant="ghost"
                      size="icon"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      aria-label={row.expandLabel}
                      onClick={() => toggle(row.id)}
                      className="relative z-10 size-7"
                    >
                      <ChevronDown aria-hidden="true" className={expanded ? "rotate-180" : undefined} />
                    </Button>
                    <RowLink href={`/customers/${row.id}`} prefetch={false}>
                      {row.name}
                    </RowLink>
                  </span>
                </TableCell>
                {row.cells.map((text, index) => (
                  <TableCell key={index} label={columns[index]}>
                    {index === CHANNEL ? (
                      <StatusBadge kind="channel" status={row.channel}>
                        {text}
                      </StatusBadge>
                    ) : (
                      text
                    )}
                  </TableCell>
                ))}
              </TableRow>
              <tr id={detailsId} role="row" hidden={!expanded} className="bg-slate-50 max-md:block">
                <td role="cell" colSpan={headers.length} className="px-4 py-2 max-md:block">
                  {expanded && <CustomerSummary canManage={canManage} summary={row.summary} />}
                </td>
              </tr>
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
