import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getT } from "@/lib/i18n/server";

/** Signed-out pages: sign-in, enrollment, invitation landing pages. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getT();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-6 py-3">
        <span className="text-lg font-semibold text-brand-800">{t("app.name")}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-6 py-12">
        {children}
      </main>
    </div>
  );
}
