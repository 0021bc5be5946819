import "server-only";
import { purgeExpired } from "@/lib/housekeeping/purge-expired";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { notifyExpiredInvitations } from "@/lib/invitations/notify-expired-invitations";

// THE table of jobs (ARCHITECTURE.md, "Jobs"). A job with `everySeconds` is a schedule: one run
// per interval across all instances. Any job can also be queued with enqueueJob(tx, …) in the
// caller's transaction. Adding renewals, relationship expiry or webhook deliveries is one entry.
export type JobDefinition = {
  name: string;
  /** What the operator console calls it. */
  labelKey?: MessageKey;
  /** A schedule: one run per interval (aligned to the epoch), whatever the number of instances. */
  everySeconds?: number;
  /** Attempts before the job is DEAD (default 5); retries back off from 30 s. */
  maxAttempts?: number;
  /** How long a worker holds a claimed job before another may take it over (default 10 min). */
  leaseSeconds?: number;
  /** The work; its result is logged. Throwing retries the job. `attempt` counts from 1. */
  run: (payload: unknown, job: { id: string; attempt: number }) => Promise<unknown>;
};

export const JOBS: JobDefinition[] = [
  // L1: rate-limit buckets, old sessions, sent mail.
  {
    name: "housekeeping.purge-expired",
    labelKey: "jobs.name.housekeeping.purgeExpired",
    everySeconds: 10 * 60,
    run: () => purgeExpired(),
  },
  // R16: senders hear once when an invitation expired unused.
  {
    name: "invitations.notify-expired",
    labelKey: "jobs.name.invitations.notifyExpired",
    everySeconds: 10 * 60,
    run: () => notifyExpiredInvitations(),
  },
];
