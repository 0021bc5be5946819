import Link from "next/link";
import { JobsTable, type JobRow } from "@/components/operator/jobs-table";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { listJobStatus } from "@/lib/jobs/list-job-status";

export const generateMetadata = titled("jobs.title");

/** Issue 17: every scheduled or queued job's last run, next run and failures, and the email outbox. */
export default async function OperatorJobsPage() {
  const operator = await requireOperator();
  const [t, locale] = [await getT(), await getLocale()];
  const { jobs, outbox } = await listJobStatus(operator);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const rows: JobRow[] = jobs.map((job) => ({
    name: job.name,
    label: job.labelKey ? t(job.labelKey) : job.name,
    schedule: job.everySeconds
      ? t("jobs.everyMinutes", { count: Math.round(job.everySeconds / 60) })
      : t("jobs.queued"),
    lastRun: job.lastRunAt ? time.format(job.lastRunAt) : t("jobs.never"),
    state: job.lastState ? t(`jobs.status.${job.lastState}`) : "",
    failing: job.lastState === "RETRYING" || job.lastState === "DEAD",
    nextRun: job.nextRunAt ? time.format(job.nextRunAt) : t("jobs.none"),
    failures: job.failedAttempts7d,
    dead: job.dead,
    lastError: job.lastError ?? "",
  }));
  const waitedMinutes = Math.floor(outbox.oldestPendingSeconds / 60);
  return (
    <div className="max-w-7xl space-y-6">
      <Link href="/operator" className="text-sm text-brand-700 underline">
        {t("operator.title")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("jobs.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("jobs.intro")}</p>
      </div>
      <JobsTable
        rows={rows}
        labels={{
          caption: t("jobs.caption"),
          job: t("jobs.job"),
          schedule: t("jobs.schedule"),
          lastRun: t("jobs.lastRun"),
          state: t("jobs.state"),
          nextRun: t("jobs.nextRun"),
          failures: t("jobs.failures"),
          dead: t("jobs.dead"),
          lastError: t("jobs.lastError"),
        }}
      />
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
