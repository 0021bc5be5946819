import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SideNav } from "@/components/shell/side-nav";
import { SignOutButtons } from "@/components/shell/sign-out-buttons";
import { requireUser } from "@/lib/auth/current-user";
import { getT } from "@/lib/i18n/server";
import { MAIN_NAV, SETTINGS_NAV, visibleNav } from "@/lib/navigation";
import { listActivePrograms } from "@/lib/partners/list-active-programs";

/** The signed-in shell. requireUser() also enforces R18 (temporary password first). */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getT();
  const context = { ...user, activePrograms: await listActivePrograms(user) };
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 bg-white px-6 py-3">
        <Link href="/overview" className="text-lg font-semibold text-brand-800">
          {t("app.name")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <span className="text-sm text-slate-700">
            {t("nav.signedInAs", { name: user.name })} · {user.tenantName}
          </span>
          <LanguageSwitch />
          <SignOutButtons />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="w-60 shrink-0 border-r border-slate-200 bg-slate-100 p-4">
          <SideNav
            main={visibleNav(MAIN_NAV, context)}
            settings={visibleNav(SETTINGS_NAV, context)}
            t={t}
            label={t("nav.label")}
          />
        </aside>
        <main id="main" className="min-w-0 flex-1 p-8">
          {children}
        </main>
      </div>
    </div>
  );
}
