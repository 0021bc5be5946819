import type { ReactNode } from "react";

export const cellClass = "px-4 py-2";

/** The frame every list table shares: scrollable card, a caption for screen readers, column headers. */
export function TableShell({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: string[];
  children: ReactNode;
}) {
  return (
    // Focusable and named: a table wider than a phone scrolls here, and keyboards must reach it.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className={cellClass}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
