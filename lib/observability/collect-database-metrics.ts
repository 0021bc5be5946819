import "server-only";
import { db, dbPool } from "@/lib/db/client";
import { JOBS } from "@/lib/jobs/definitions";
import { metrics } from "./metrics";

type Row = { kind: string; job: string | null; count: number; age: number };

/** The database's side of the metrics, read at scrape time in one statement (indexed counts). */
export async function collectDatabaseMetrics(): Promise<void> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT 'outbox_pending' AS kind, NULL AS job, count(*)::int AS count,
           coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age
      FROM outbox_emails WHERE status = 'PENDING'
    UNION ALL
    SELECT 'outbox_dead', NULL, count(*)::int, 0 FROM outbox_emails WHERE status = 'DEAD'
    UNION ALL
    SELECT 'jobs_dead', name, count(*)::int, 0 FROM jobs WHERE status = 'DEAD' GROUP BY name
    UNION ALL
    SELECT 'job_lag', name, count(*)::int, extract(epoch FROM now() - min(run_at))::float8
      FROM jobs WHERE status = 'PENDING' AND run_at <= now() GROUP BY name`;
  const m = metrics();
  m.jobsDead.reset();
  m.jobLag.reset();
  for (const job of JOBS) {
    m.jobsDead.set({ job: job.name }, 0);
    m.jobLag.set({ job: job.name }, 0);
  }
  for (const row of rows) {
    if (row.kind === "outbox_pending") {
      m.outboxPending.set(row.count);
      m.outboxOldestAge.set(row.age);
    } else if (row.kind === "outbox_dead") m.outboxDead.set(row.count);
    else if (row.kind === "jobs_dead") m.jobsDead.set({ job: row.job! }, row.count);
    else m.jobLag.set({ job: row.job! }, row.age);
  }
  const pool = dbPool();
  if (pool) {
    m.dbPool.set({ state: "total" }, pool.totalCount);
    m.dbPool.set({ state: "idle" }, pool.idleCount);
    m.dbPool.set({ state: "waiting" }, pool.waitingCount);
  }
}
