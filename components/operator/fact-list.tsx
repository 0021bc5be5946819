import type { ReactNode } from "react";

export type FactRow = [term: string, value: ReactNode];

/** A titled section of term/value pairs (the enrollment detail's building block). */
export function FactSection({
  id,
  title,
  facts,
  children,
}: {
  id: string;
  title: string;
  facts: FactRow[];
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-700">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
