import Link from "next/link";
import { ENROLLABLE_PROGRAMS, enrollPath } from "@/lib/enrollment/programs";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = titled("enroll.chooser.title");

/** "Enroll as a partner": one program per enrollment. */
export default async function EnrollChooserPage() {
  const t = await getT();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("enroll.chooser.title")}</h1>
        <p className="text-sm text-slate-700">{t("enroll.chooser.intro")}</p>
      </div>
      <ul className="space-y-3">
        {ENROLLABLE_PROGRAMS.map((program) => (
          <li key={program} className="rounded-md border border-slate-200 p-4">
            <h2 className="text-lg font-semibold">
              <Link href={enrollPath(program)} className="text-brand-700 underline">
                {t(`enroll.programTitle.${program}`)}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t(`enroll.programIntro.${program}`)}</p>
          </li>
        ))}
      </ul>
      <p className="border-t border-slate-200 pt-4 text-sm">
        {t("enroll.chooser.haveAccount")}{" "}
        <Link href="/sign-in" className="text-brand-700 underline">
          {t("signIn.submit")}
        </Link>{" "}
        ·{" "}
        <Link href="/enroll/status" className="text-brand-700 underline">
          {t("enroll.status.link")}
        </Link>
      </p>
    </div>
  );
}
