import Link from "next/link";
import type { NavItem } from "@/lib/navigation";
import type { Translate } from "@/lib/i18n/translate";

function NavLinks({ items, t, className }: { items: NavItem[]; t: Translate; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            className="block rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-200"
          >
            {t(item.label)}
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
  t,
  label,
}: {
  main: NavItem[];
  settings: NavItem[];
  t: Translate;
  label: string;
}) {
  return (
    <nav aria-label={label} className="space-y-6">
      <NavLinks items={main} t={t} className="space-y-1" />
      {settings.length > 0 && (
        <div>
          <h2 className="px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <span aria-hidden="true">⚙ </span>
            {t("nav.settings")}
          </h2>
          <NavLinks items={settings} t={t} className="mt-1 space-y-1" />
        </div>
      )}
    </nav>
  );
}
