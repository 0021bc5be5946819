import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { ComponentProps, HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

// Lists are tables on a wide screen and stacked cards on a phone: below `md` each row is a block and
// each cell shows its column's name (data-label). Explicit roles keep the table semantics that
// `display: block` would drop.

export function Table({ caption, className, children }: { caption: string; className?: string; children: ReactNode }) {
  return (
    <div className={cn("rounded-lg border border-slate-200 bg-white md:overflow-x-auto", className)}>
      <table role="table" className="w-full text-left text-sm max-md:block">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead role="rowgroup" className="bg-slate-100 max-md:sr-only">
      <tr role="row">{children}</tr>
    </thead>
  );
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return (
    <tbody
      role="rowgroup"
      className={cn("max-md:block max-md:divide-y max-md:divide-slate-200", className)}
      {...props}
    />
  );
}

/** A row; `clickable` when its first cell holds a `RowLink` that opens the row's detail page. */
export function TableRow({
  className,
  clickable,
  ...props
}: HTMLAttributes<HTMLTableRowElement> & { clickable?: boolean }) {
  return (
    <tr
      role="row"
      className={cn(
        "border-t border-slate-200 align-top max-md:block max-md:border-t-0 max-md:py-2",
        clickable && "relative hover:bg-slate-50",
        className,
      )}
      {...props}
    />
  );
}

/**
 * The link that opens a row's detail page: its hit area stretches over the whole row (a click
 * anywhere in the row follows it; the keyboard reaches the one real link). Other controls in a
 * clickable row need `relative z-10` to stay on top.
 */
export function RowLink({ className, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      className={cn("font-medium text-brand-700 underline after:absolute after:inset-0 after:content-['']", className)}
      {...props}
    />
  );
}

export function TableHeader({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th role="columnheader" scope="col" className={cn("px-4 py-2 font-semibold", className)} {...props} />;
}

const cellClass =
  "px-4 py-2 text-left max-md:flex max-md:gap-3 max-md:py-1 max-md:before:w-32 max-md:before:shrink-0 max-md:before:font-medium max-md:before:text-slate-600 max-md:before:content-[attr(data-label)]";

/**
 * A cell; `label` is its column's name, shown before the value when rows are stacked on a phone.
 * `rowHeader` makes it the row's header (the invitee, the job): screen readers name the row by it.
 */
export function TableCell({
  label,
  rowHeader = false,
  className,
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { label?: string; rowHeader?: boolean }) {
  const Cell = rowHeader ? "th" : "td";
  return (
    <Cell
      role={rowHeader ? "rowheader" : "cell"}
      scope={rowHeader ? "row" : undefined}
      data-label={label}
      className={cn(cellClass, rowHeader && "font-medium", className)}
      {...props}
    />
  );
}

/**
 * A column header that sorts the list through the URL (`href` is the list with this column's sort).
 * `direction` is the current sort of this column, if it is the sorted one.
 */
export function SortableHeader({
  href,
  direction,
  children,
  className,
}: {
  href: string;
  direction?: "asc" | "desc";
  children: ReactNode;
  className?: string;
}) {
  const Icon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <th
      role="columnheader"
      scope="col"
      aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined}
      className={cn("px-4 py-2 font-semibold", className)}
    >
      <Link href={href} className="inline-flex items-center gap-1 hover:underline">
        {children}
        <Icon aria-hidden="true" className={cn("size-3.5", direction ? "text-slate-900" : "text-slate-400")} />
      </Link>
    </th>
  );
}
