import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { signInAction } from "./actions/sign-in";
import { SignInForm } from "./sign-in-form";

export const generateMetadata = titled("signIn.title");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeRedirectPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const t = await getT();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("signIn.title")}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">{t("signIn.intro")}</p>
      <SignInForm action={signInAction} callbackUrl={callbackUrl ? target : undefined} />
      <p className="mt-6 text-sm">
        {t("signIn.noAccount")}{" "}
        <Link href="/enroll" className="font-medium text-brand-700 underline">
          {t("signIn.enroll")}
        </Link>
      </p>
      <p className="mt-4 border-t border-slate-200 pt-4 text-sm">
        <Link href="/operator/sign-in" className="text-slate-700 underline">
          {t("signIn.operatorLink")}
        </Link>
      </p>
    </div>
  );
}
