import { getFormatter } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { JobStatus } from "@/lib/jobs/list-job-status";

const COLUMNS = ["job", "schedule", "lastRun", "state", "nextRun", "failures", "dead", "lastError"] as const;

/** The operator console's jobs: one row per job, times in the reader's time zone. */
export async function JobsTable({ jobs }: { jobs: JobStatus[] }) {
  const [t, format] = [await getT(), await getFormatter()];
  const label = Object.fromEntries(COLUMNS.map((column) => [column, t(`jobs.${column}`)])) as Record<
    (typeof COLUMNS)[number],
    string
  >;
  return (
    <Table caption={t("jobs.caption")}>
      <TableHead>
        {COLUMNS.map((column) => (
          <TableHeader key={column}>{label[column]}</TableHeader>
        ))}
      </TableHead>
      <TableBody>
        {jobs.map((job) => (
          <TableRow key={job.name}>
            <TableCell rowHeader label={label.job}>
              <span>
                {job.labelKey ? t(job.labelKey) : job.name}
                <span className="block font-mono text-xs font-normal text-slate-600">{job.name}</span>
              </span>
            </TableCell>
            <TableCell label={label.schedule}>
              {job.everySeconds
                ? t("jobs.everyMinutes", { count: Math.round(job.everySeconds / 60) })
                : t("jobs.queued")}
            </TableCell>
            <TableCell label={label.lastRun}>
              {job.lastRunAt ? format.dateTime(job.lastRunAt, "dateTime") : t("jobs.never")}
            </TableCell>
            <TableCell label={label.state}>
              {job.lastState && (
                <StatusBadge kind="job" status={job.lastState}>
                  {t(`jobs.status.${job.lastState}`)}
                </StatusBadge>
              )}
            </TableCell>
            <TableCell label={label.nextRun}>
              {job.nextRunAt ? format.dateTime(job.nextRunAt, "dateTime") : t("jobs.none")}
            </TableCell>
            <TableCell label={label.failures}>{job.failedAttempts7d}</TableCell>
            <TableCell label={label.dead} className={cn(job.dead > 0 && "font-semibold text-red-800")}>
              {job.dead}
            </TableCell>
            <TableCell label={label.lastError} className="max-w-md font-mono text-xs break-words">
              {job.lastError}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
