import { PageHeader } from "@/components/ui/page-header";
import { EnrollmentQueueTable } from "@/components/operator/enrollment-queue-table";
import { streamedPage } from "@/components/shell/streamed-page";
import { Pager } from "@/components/ui/pager";
import { QueueFilterForm } from "@/components/operator/queue-filter-form";
import { requireOperator } from "@/lib/auth/current-user";
import { listEnrollmentQueue, parseQueueFilter } from "@/lib/enrollment/list-enrollment-queue";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("review.queueTitle");

type Search = Record<string, string | string[] | undefined>;

/** Operator console → Enrollments: the review queue of every organization, filtered by program, status and country. */
async function EnrollmentQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperator();
  const [t, locale] = [await getT(), await getLocale()];
  const filter = parseQueueFilter(await searchParams);
  const { enrollments, total, page, pageCount } = await listEnrollmentQueue(operator, filter);
  const params: Record<string, string> = {
    status: filter.status ?? "ALL",
    ...(filter.program ? { program: filter.program } : {}),
    ...(filter.country ? { country: filter.country } : {}),
  };
  return (
    <div className="max-w-6xl space-y-6">
      <PageHeader
        title={t("review.queueTitle")}
        intro={t("review.queueIntro")}
        back={{ href: "/operator", label: t("operator.title") }}
      />
      <QueueFilterForm t={t} locale={locale} filter={filter} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("review.count", { count: total })}
      </p>
      <EnrollmentQueueTable t={t} locale={locale} rows={enrollments} />
      <Pager t={t} basePath="/operator/enrollments" params={params} page={page} pageCount={pageCount} />
    </div>
  );
}

export default streamedPage(() => requireOperator(), EnrollmentQueuePage);
