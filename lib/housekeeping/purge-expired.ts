import "server-only";
import { db } from "@/lib/db/client";

/** How long revoked or expired sessions and sent emails are kept before they are deleted. */
export const RETENTION_DAYS = 30;
const BATCH = 5_000;

export type PurgeReport = { rateLimitBuckets: number; userSessions: number; sentEmails: number; doneJobs: number };

/**
 * Deletes rows nothing needs any more (L1), by database time, in batches so no statement
 * holds many row locks for long:
 * - rate_limit_buckets whose window has ended (a new failure starts a fresh bucket anyway);
 * - user_sessions that expired or were revoked more than RETENTION_DAYS ago (a missing row
 *   rejects its cookie exactly like an expired or revoked one);
 * - SENT outbox rows older than RETENTION_DAYS (their bodies are gone already; PENDING and
 *   DEAD rows are never deleted: nothing is lost);
 * - DONE jobs older than RETENTION_DAYS (DEAD ones stay, visible in the operator console).
 * Each outer DELETE repeats its condition, so a row changed meanwhile (a bucket restarted by
 * a new failure) is re-checked and kept. Safe to run in several processes at once.
 */
export async function purgeExpired(): Promise<PurgeReport> {
  const rateLimitBuckets = await inBatches(
    () => db().$executeRaw`
      DELETE FROM rate_limit_buckets
       WHERE key IN (SELECT key FROM rate_limit_buckets WHERE reset_at < now() LIMIT ${BATCH}::int)
         AND reset_at < now()`,
  );
  const userSessions = await inBatches(
    () => db().$executeRaw`
      DELETE FROM user_sessions
       WHERE id IN (SELECT id FROM user_sessions
                     WHERE expires_at < now() - make_interval(days => ${RETENTION_DAYS}::int)
                        OR revoked_at < now() - make_interval(days => ${RETENTION_DAYS}::int)
                     LIMIT ${BATCH}::int)
         AND (expires_at < now() - make_interval(days => ${RETENTION_DAYS}::int)
              OR revoked_at < now() - make_interval(days => ${RETENTION_DAYS}::int))`,
  );
  const sentEmails = await inBatches(
    () => db().$executeRaw`
      DELETE FROM outbox_emails
       WHERE id IN (SELECT id FROM outbox_emails
                     WHERE status = 'SENT' AND sent_at < now() - make_interval(days => ${RETENTION_DAYS}::int)
                     LIMIT ${BATCH}::int)
         AND status = 'SENT' AND sent_at < now() - make_interval(days => ${RETENTION_DAYS}::int)`,
  );
  const doneJobs = await inBatches(
    () => db().$executeRaw`
      DELETE FROM jobs
       WHERE id IN (SELECT id FROM jobs
                     WHERE status = 'DONE' AND finished_at < now() - make_interval(days => ${RETENTION_DAYS}::int)
                     LIMIT ${BATCH}::int)`,
  );
  return { rateLimitBuckets, userSessions, sentEmails, doneJobs };
}

async function inBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < BATCH) return total;
  }
}
