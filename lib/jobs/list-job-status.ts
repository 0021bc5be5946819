import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { JOBS } from "./definitions";

export type JobState = "DONE" | "RUNNING" | "RETRYING" | "DEAD";

export type JobStatus = {
  name: string;
  labelKey?: (typeof JOBS)[number]["labelKey"];
  everySeconds?: number;
  lastRunAt: Date | null;
  lastState: JobState | null;
  /** The earliest pending run (or the running one's lease end); for a schedule with none queued, its next interval. */
  nextRunAt: Date | null;
  failedAttempts7d: number;
  dead: number;
  lastError: string | null;
};

export type OutboxStatus = { pending: number; oldestPendingSeconds: number; dead: number };

type Row = {
  name: string;
  last_started: Date | null;
  last_status: "PENDING" | "DONE" | "DEAD" | null;
  last_error: string | null;
  next_pending: Date | null;
  failed_7d: number;
  dead: number;
  now: Date;
};

/** The operator console's Jobs page: each job's last run, next run and failures, and the email outbox. */
export async function listJobStatus(operator: OperatorActor): Promise<{ jobs: JobStatus[]; outbox: OutboxStatus }> {
  assertOperator(operator);
  const [rows, outbox] = await Promise.all([
    db().$queryRaw<Row[]>`
      WITH latest AS (
        SELECT DISTINCT ON (name) name, started_at, status, last_error
          FROM jobs WHERE started_at IS NOT NULL ORDER BY name, started_at DESC)
      SELECT j.name, l.started_at AS last_started, l.status::text AS last_status, l.last_error,
             min(j.run_at) FILTER (WHERE j.status = 'PENDING') AS next_pending,
             (coalesce(sum(j.attempts) FILTER (WHERE j.created_at > now() - interval '7 days'), 0)
               - count(*) FILTER (WHERE j.status = 'DONE' AND j.created_at > now() - interval '7 days'))::int AS failed_7d,
             count(*) FILTER (WHERE j.status = 'DEAD')::int AS dead, now() AS now
        FROM jobs j LEFT JOIN latest l ON l.name = j.name
       GROUP BY j.name, l.started_at, l.status, l.last_error`,
    db().$queryRaw<{ pending: number; oldest: number; dead: number }[]>`
      SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
             coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'PENDING')), 0)::float8 AS oldest,
             count(*) FILTER (WHERE status = 'DEAD')::int AS dead
        FROM outbox_emails WHERE status IN ('PENDING', 'DEAD')`,
  ]);
  const byName = new Map(rows.map((row) => [row.name, row]));
  const now = rows[0]?.now ?? new Date();
  const names = [...new Set([...JOBS.map((job) => job.name), ...byName.keys()])];
  const jobs = names.map((name): JobStatus => {
    const definition = JOBS.find((job) => job.name === name);
    const row = byName.get(name);
    const every = definition?.everySeconds;
    const nextInterval = every ? new Date((Math.floor(now.getTime() / 1000 / every) + 1) * every * 1000) : null;
    const state: JobState | null = !row?.last_status
      ? null
      : row.last_status === "PENDING"
        ? row.last_error
          ? "RETRYING"
          : "RUNNING"
        : row.last_status;
    return {
      name,
      labelKey: definition?.labelKey,
      everySeconds: every,
      lastRunAt: row?.last_started ?? null,
      lastState: state,
      nextRunAt: row?.next_pending ?? nextInterval,
      failedAttempts7d: row?.failed_7d ?? 0,
      dead: row?.dead ?? 0,
      lastError: row?.last_error ?? null,
    };
  });
  const [emails] = outbox;
  return {
    jobs,
    outbox: { pending: emails?.pending ?? 0, oldestPendingSeconds: emails?.oldest ?? 0, dead: emails?.dead ?? 0 },
  };
}
