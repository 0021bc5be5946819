import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("common.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("common.notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("common.backToOverview")}
      </Link>
    </main>
  );
}
