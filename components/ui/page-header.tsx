import Link from "next/link";
import type { ReactNode } from "react";

/** A page's heading: an optional way back above it, the title, and a one-paragraph introduction. */
export function PageHeader(props: { title: ReactNode; intro?: ReactNode; back?: { href: string; label: ReactNode } }) {
  return (
    <>
      {props.back && (
        <Link href={props.back.href} className="text-sm text-brand-700 underline">
          {props.back.label}
        </Link>
      )}
      <div>
        <h1 className="text-2xl font-semibold">{props.title}</h1>
        {props.intro && <p className="mt-1 max-w-3xl text-sm text-slate-700">{props.intro}</p>}
      </div>
    </>
  );
}
