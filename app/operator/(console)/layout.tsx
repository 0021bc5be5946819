import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { requireOperator } from "@/lib/auth/current-user";
import { operatorSignOutAction } from "@/lib/auth/actions/operator-sign-out";
import { getT } from "@/lib/i18n/server";

/** The operator console: operator sessions only; partner sessions are sent to the operator sign-in. */
export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const operator = await requireOperator();
  const t = await getT();
  return (
    <div className="min-h-screen">
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 bg-slate-900 px-4 py-3 text-white md:px-6">
        <span className="font-semibold">{t("operator.title")}</span>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <span className="text-sm">{operator.email}</span>
          <div className="rounded bg-white">
            <LanguageSwitch />
          </div>
          <form action={operatorSignOutAction}>
            <button type="submit" className="rounded px-2 py-1 text-sm underline">
              {t("nav.signOut")}
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="p-4 md:p-8">
        {children}
      </main>
    </div>
  );
}
