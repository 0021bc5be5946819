import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { errorField, log } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import type { JobDefinition } from "./definitions";
import { retryDelayMs } from "./poll-loop";

// The jobs table, worked like the email outbox (lib/email/worker.ts): a claim is a lease
// (run_at pushed forward) taken with FOR UPDATE SKIP LOCKED, an attempt is counted when it has
// an outcome, failures back off, and the last failed attempt leaves the row DEAD with its error.

export const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_LEASE_SECONDS = 600;

/** Queues a job inside the caller's transaction: it runs only if the transaction commits. */
export async function enqueueJob(
  tx: Tx,
  name: string,
  payload: Prisma.InputJsonValue = {},
  options: { runAt?: Date; maxAttempts?: number; dedupeKey?: string } = {},
): Promise<void> {
  await tx.job.createMany({
    data: [
      {
        name,
        payload,
        runAt: options.runAt,
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        dedupeKey: options.dedupeKey,
      },
    ],
    skipDuplicates: true, // a dedupe key already queued is one job
  });
}

/**
 * Queues the current interval's run of every schedule, once across all instances: the row's
 * dedupe key is "<name>@<interval number>" by the database clock, so whoever inserts first wins
 * and everyone else's insert is a no-op. Returns the seconds until the next interval starts.
 */
export async function enqueueDueSchedules(definitions: JobDefinition[]): Promise<number> {
  const schedules = definitions.filter((job) => job.everySeconds);
  if (schedules.length === 0) return Infinity;
  const rows = await db().$queryRaw<{ wait: number }[]>`
    WITH s AS (
      SELECT name, secs, max_attempts, floor(extract(epoch FROM now()) / secs)::bigint AS slot
        FROM unnest(${schedules.map((job) => job.name)}::text[], ${schedules.map((job) => job.everySeconds!)}::int[],
                    ${schedules.map((job) => job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)}::int[]) AS t(name, secs, max_attempts)),
    queued AS (
      INSERT INTO jobs (name, dedupe_key, run_at, max_attempts)
      SELECT name, name || '@' || slot, to_timestamp(slot * secs), max_attempts FROM s
      ON CONFLICT (dedupe_key) DO NOTHING)
    SELECT min((slot + 1) * secs - extract(epoch FROM now()))::float8 AS wait FROM s`;
  return Math.max(0, rows[0]?.wait ?? 0);
}

type ClaimedJob = { id: string; name: string; payload: unknown; attempts: number; max_attempts: number; lease: string };

/** Claims and runs up to `limit` due jobs this process knows; returns how many it claimed. */
export async function runDueJobs(
  definitions: JobDefinition[],
  { limit = 10, signal }: { limit?: number; signal?: AbortSignal } = {},
): Promise<number> {
  if (signal?.aborted || definitions.length === 0) return 0;
  const byName = new Map(definitions.map((job) => [job.name, job]));
  // Names this release knows only: during a rolling deploy an old instance leaves new jobs alone.
  const claimed = await db().$queryRaw<ClaimedJob[]>`
    UPDATE jobs j
       SET run_at = now() + make_interval(secs => l.lease), started_at = now(), updated_at = now()
      FROM unnest(${[...byName.keys()]}::text[], ${definitions.map((job) => job.leaseSeconds ?? DEFAULT_LEASE_SECONDS)}::int[]) AS l(name, lease)
     WHERE j.name = l.name
       AND j.id IN (SELECT id FROM jobs
                     WHERE status = 'PENDING' AND run_at <= now() AND name = ANY(${[...byName.keys()]}::text[])
                     ORDER BY run_at LIMIT ${limit}::int
                     FOR UPDATE SKIP LOCKED)
    RETURNING j.id, j.name, j.payload, j.attempts, j.max_attempts, j.run_at::text AS lease`;
  for (const job of claimed) await runOne(byName.get(job.name)!, job);
  return claimed.length;
}

async function runOne(definition: JobDefinition, job: ClaimedJob) {
  const attempts = job.attempts + 1;
  const logger = log("jobs");
  const started = Date.now();
  try {
    const result = await definition.run(job.payload, { id: job.id, attempt: attempts });
    await db().$executeRaw`
      UPDATE jobs SET status = 'DONE', attempts = ${attempts}::int, last_error = NULL, finished_at = now(), updated_at = now()
       WHERE id = ${job.id}::uuid AND status = 'PENDING' AND run_at = ${job.lease}::timestamptz`;
    metrics().jobRuns.inc({ job: job.name, outcome: "done" });
    logger.info({ job: job.name, jobId: job.id, attempts, ms: Date.now() - started, result }, "job done");
  } catch (error) {
    const dead = attempts >= job.max_attempts;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const retryAt = new Date(Date.now() + retryDelayMs(attempts));
    await db().$executeRaw`
      UPDATE jobs SET attempts = ${attempts}::int, last_error = ${message}, updated_at = now(),
             status = (CASE WHEN ${dead} THEN 'DEAD' ELSE 'PENDING' END)::"JobStatus",
             finished_at = CASE WHEN ${dead} THEN now() END,
             run_at = CASE WHEN ${dead} THEN run_at ELSE ${retryAt} END
       WHERE id = ${job.id}::uuid AND status = 'PENDING' AND run_at = ${job.lease}::timestamptz`;
    metrics().jobRuns.inc({ job: job.name, outcome: dead ? "dead" : "retried" });
    logger[dead ? "error" : "warn"](
      { job: job.name, jobId: job.id, attempts, err: errorField(error) },
      dead ? "job dead" : "job failed, will retry",
    );
  }
}
