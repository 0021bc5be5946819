import { redirect } from "next/navigation";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SignInForm } from "@/app/(public)/sign-in/sign-in-form";
import { getCurrentOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { operatorSignInAction } from "./actions/operator-sign-in";

export const generateMetadata = titled("operator.signInTitle");

export default async function OperatorSignInPage() {
  if (await getCurrentOperator()) redirect("/operator");
  const t = await getT();
  return (
    <div className="flex min-h-screen flex-col bg-slate-800">
      <header className="flex items-center justify-between bg-slate-900 px-6 py-3 text-white">
        <span className="font-semibold">{t("operator.title")}</span>
        <div className="rounded bg-white">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-md px-6 py-12">
        <div className="rounded-lg bg-white p-8 shadow">
          <h1 className="text-2xl font-semibold">{t("operator.signInTitle")}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-700">{t("operator.signInIntro")}</p>
          <SignInForm action={operatorSignInAction} />
        </div>
      </main>
    </div>
  );
}
