import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { peekContactVerification } from "@/lib/enrollment/verify-contact-email";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { verifyEmailAction } from "./actions/verify-email";
import { VerifyEmailForm } from "./verify-email-form";

export const generateMetadata = titled("enroll.verifyEmail.title", { referrer: "no-referrer" });

/**
 * The link from the verification email (R12). Opening it changes nothing: the page shows the
 * link's state and a button; only that button's POST verifies (mail scanners that open links
 * don't use it up). proxy.ts sends Referrer-Policy: no-referrer and Cache-Control: no-store here.
 */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const t = await getT();
  const value = typeof token === "string" ? token : "";
  const state = await peekContactVerification(value);
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("enroll.verifyEmail.title")}</h1>
      {state === "valid" ? (
        <VerifyEmailForm action={verifyEmailAction} token={value} />
      ) : (
        <>
          <Alert tone="error" title={t(`enroll.verifyEmail.${state}.title`)}>
            {t(`enroll.verifyEmail.${state}.body`)}
          </Alert>
          <p className="text-sm">
            <Link href="/enroll/status" className="text-brand-700 underline">
              {t("enroll.verifyEmail.statusLink")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
