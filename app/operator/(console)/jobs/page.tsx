import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { JobsTable } from "@/components/operator/jobs-table";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { listJobStatus } from "@/lib/jobs/list-job-status";

export const generateMetadata = titled("jobs.title");

/** Issue 17: every scheduled or queued job's last run, next run and failures, and the email outbox. */
export default async function OperatorJobsPage() {
  const operator = await requireOperator();
  const t = await getT();
  const { jobs, outbox } = await listJobStatus(operator);
  const waitedMinutes = Math.floor(outbox.oldestPendingSeconds / 60);
  return (
    <div className="max-w-7xl space-y-6">
      <PageHeader
        title={t("jobs.title")}
        intro={t("jobs.intro")}
        back={{ href: "/operator", label: t("operator.title") }}
      />
      <JobsTable jobs={jobs} />
      <section aria-labelledby="outbox" className="space-y-1 text-sm">
        <h2 id="outbox" className="text-lg font-semibold">
          {t("jobs.outboxTitle")}
        </h2>
        <p>
          {t("jobs.outboxPending", { count: outbox.pending })}
          {outbox.pending > 0 && ` ${t("jobs.outboxOldest", { minutes: waitedMinutes })}`}
        </p>
        <p>
          <Link href="/operator/emails" className="text-brand-700 underline">
            {t("jobs.outboxDead", { count: outbox.dead })}
          </Link>
        </p>
      </section>
    </div>
  );
}
