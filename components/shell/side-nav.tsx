"use client";

import { Settings } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { PendingBar } from "./pending-bar";

/** A navigation entry with its text already translated by the server layout. */
export type NavEntry = { href: string; label: string };

const matches = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** The entry of the current page: the longest href that is the pathname or one of its parents. */
export function currentHref(pathname: string, hrefs: string[]): string | undefined {
  return hrefs.filter((href) => matches(pathname, href)).sort((a, b) => b.length - a.length)[0];
}

function NavLinks({ items, current, className }: { items: NavEntry[]; current?: string; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? "page" : undefined}
            className="block rounded-md border-l-4 border-transparent px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-200 aria-[current=page]:border-brand-700 aria-[current=page]:bg-white aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
          >
            {item.label}
            <PendingBar />
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Left navigation: main items, then the Settings group (the gear menu of SPEC §4). */
export function SideNav({
  main,
  settings,
  label,
  settingsLabel,
}: {
  main: NavEntry[];
  settings: NavEntry[];
  label: string;
  settingsLabel: string;
}) {
  const current = currentHref(
    usePathname(),
    [...main, ...settings].map((item) => item.href),
  );
  return (
    <nav aria-label={label} className="space-y-6">
      <NavLinks items={main} current={current} className="space-y-1" />
      {settings.length > 0 && (
        <div>
          <h2 className="flex items-center gap-1 px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <Settings aria-hidden="true" className="size-3.5" />
            {settingsLabel}
          </h2>
          <NavLinks items={settings} current={current} className="mt-1 space-y-1" />
        </div>
      )}
    </nav>
  );
}
