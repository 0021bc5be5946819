import Link from "next/link";
import { ChevronRight } from "lucide-react";
import type { Translate } from "@/lib/i18n/translate";
import type { QuickLink } from "@/lib/overview/overview-tasks";

/** Where the viewer can go from the Overview (the pages their roles open), each with what it is for. */
export function QuickLinks({ t, links, vendor }: { t: Translate; links: QuickLink[]; vendor: string }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="quick-links" className="space-y-3">
      <h2 id="quick-links" className="text-lg font-semibold">
        {t("overview.quickLinks")}
      </h2>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="group flex h-full items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700"
            >
              <span className="space-y-1">
                <span className="block font-semibold text-brand-700 group-hover:underline">{t(link.label)}</span>
                <span className="block text-sm text-slate-700">{t(link.description, { vendor })}</span>
              </span>
              <ChevronRight aria-hidden className="mt-1 size-4 shrink-0 text-slate-500" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
