import Link from "next/link";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { getProgramSummary } from "@/lib/operator/get-program-summary";

export const generateMetadata = titled("operator.title");

export default async function OperatorHomePage() {
  const operator = await requireOperator();
  const [t, summary] = [await getT(), await getProgramSummary(operator)];
  const tiles = [
    [t("operator.partners"), summary.partners],
    [t("operator.customers"), summary.customers],
    [t("operator.inReview"), summary.inReview],
    [t("operator.openSupport"), summary.openSupport],
    [t("operator.deadEmails"), summary.deadEmails],
  ] as const;
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("operator.title")}</h1>
      <section aria-labelledby="summary">
        <h2 id="summary" className="mb-3 text-lg font-semibold">
          {t("operator.summary")}
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
          {tiles.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-xs font-semibold text-slate-600">{label}</dt>
              <dd className="mt-1 text-2xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <nav aria-label={t("operator.sections")}>
        <ul className="grid gap-2 sm:grid-cols-2">
          {[
            ["/operator/enrollments", t("review.consoleLink")],
            ["/operator/partners", t("review.partnersLink")],
            ["/operator/support", t("support.operatorLink")],
            ["/operator/relationships", t("relationships.operatorLink")],
            ["/operator/emails", t("deadEmails.operatorLink")],
            ["/operator/jobs", t("jobs.operatorLink")],
            ["/operator/audit-log", t("audit.operatorLink")],
          ].map(([href, label]) => (
            <li key={href}>
              <Link
                href={href}
                className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-brand-700 underline hover:bg-slate-50"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
