import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** "Page not found" with a way back; the page around it decides whether it is the <main> landmark. */
export async function NotFoundNotice() {
  const t = await getT();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("common.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("common.notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("common.backToOverview")}
      </Link>
    </>
  );
}
