import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { MobileNav } from "@/components/shell/mobile-nav";
import { PendingBar } from "@/components/shell/pending-bar";
import { SideNav } from "@/components/shell/side-nav";
import { SignOutButtons } from "@/components/shell/sign-out-buttons";
import { requireUser } from "@/lib/auth/current-user";
import { getT } from "@/lib/i18n/server";
import { MAIN_NAV, SETTINGS_NAV, visibleNav } from "@/lib/navigation";
import { listActivePrograms } from "@/lib/partners/list-active-programs";

/**
 * The signed-in shell. requireUser() also enforces R18 (temporary password first). From `md` up the
 * navigation is a sidebar; below it the same navigation opens from the header's Menu button.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getT();
  const context = { ...user, activePrograms: await listActivePrograms(user) };
  const entries = (items: typeof MAIN_NAV) =>
    visibleNav(items, context).map((item) => ({ href: item.href, label: t(item.label) }));
  const nav = (
    <SideNav
      main={entries(MAIN_NAV)}
      settings={entries(SETTINGS_NAV)}
      label={t("nav.label")}
      settingsLabel={t("nav.settings")}
    />
  );
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-3 md:px-6">
        <div className="flex items-center gap-3">
          <MobileNav menuLabel={t("shell.menu")} closeLabel={t("shell.closeMenu")}>
            {nav}
          </MobileNav>
          <Link href="/overview" className="text-lg font-semibold text-brand-800">
            {t("app.name")}
            <PendingBar />
          </Link>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <span className="text-sm text-slate-700">
            {t("nav.signedInAs", { name: user.name })} · {user.tenantName}
          </span>
          <LanguageSwitch />
          <SignOutButtons />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-slate-100 p-4 md:block">{nav}</aside>
        <main id="main" className="min-w-0 flex-1 p-4 md:p-8">
          {children}
        </main>
      </div>
    </div>
  );
}
