import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { retryDelayMs, startPollLoop, type PollLoop } from "@/lib/jobs/poll-loop";
import { errorField, log } from "@/lib/observability/logger";
import { getMailTransport, mailFrom } from "./transport";

// Delivery is at-least-once. A row is claimed with a short lease (next_attempt_at pushed
// forward), sent, then marked. The process may die at any point: `next start` answers SIGTERM
// by closing the HTTP server and calling process.exit(143) without waiting for us, and a crash
// does the same. So:
// - claiming costs nothing: an attempt is counted only when a delivery has finished (sent or
//   failed), so a row whose worker was killed mid-batch comes back after the lease with its
//   attempts unchanged, and any number of deploys can't push a good email to DEAD;
// - the lease is short (a minute), so such a row waits at most that long;
// - a batch starts no send once less than SEND_DEADLINE_MS of its lease is left: the rest is
//   released (next_attempt_at = now()) for the next round or another process;
// - stopEmailWorker releases claimed rows whose send hasn't started, at once and best-effort
//   (the process may exit before the UPDATE lands; then the lease runs out instead).
// A send cut off between the SMTP transaction and the mark resends after the lease; the
// Message-ID derived from the row id lets receivers drop the duplicate. Sent rows lose their
// bodies (they may carry invitation links with raw tokens); dead rows keep them for a retry.

export const MAX_ATTEMPTS = 8;
export const LEASE_SECONDS = 60;
// One send is bounded by the transport's timeouts (connect 5 s + greeting 5 s, then 10 s of
// silence per command): no new send starts in the last 30 s of a lease.
const SEND_DEADLINE_MS = 30_000;
const SEND_CONCURRENCY = 4;

type ClaimedEmail = {
  id: string;
  to_address: string;
  subject: string;
  html: string | null;
  text: string | null;
  attempts: number;
  lease: string;
};
export type DeliveryReport = { claimed: number; sent: number; retried: number; dead: number; released: number };
type Outcome = "sent" | "retried" | "dead";

/** Locks due rows no other worker holds and leases them, in one statement. Attempts are counted later, per outcome. */
async function claimDueEmails(limit: number): Promise<ClaimedEmail[]> {
  return db().$queryRaw<ClaimedEmail[]>`
    UPDATE outbox_emails
       SET next_attempt_at = now() + ${LEASE_SECONDS}::int * interval '1 second',
           updated_at = now()
     WHERE id IN (SELECT id FROM outbox_emails
                   WHERE status = 'PENDING' AND next_attempt_at <= now()
                   ORDER BY next_attempt_at
                   LIMIT ${limit}::int
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, html, text, attempts, next_attempt_at::text AS lease`;
}

/**
 * Makes claimed rows due again without counting an attempt. Only rows still under this
 * claim's lease: a row whose lease ran out may already belong to another worker.
 */
async function releaseClaims(emails: ClaimedEmail[]): Promise<number> {
  if (emails.length === 0) return 0;
  const ids = emails.map((email) => email.id);
  return db().$executeRaw`
    UPDATE outbox_emails
       SET next_attempt_at = now(), updated_at = now()
     WHERE id = ANY(${ids}::uuid[]) AND status = 'PENDING' AND next_attempt_at = ${emails[0]!.lease}::timestamptz`;
}

type SmtpError = Error & { code?: string; responseCode?: number };

/** A 5xx answer to this message's envelope or content won't change on retry; everything else might. */
function isPermanentFailure(error: SmtpError): boolean {
  const perMessage = error.code === "EENVELOPE" || error.code === "EMESSAGE";
  return perMessage && typeof error.responseCode === "number" && error.responseCode >= 500 && error.responseCode < 600;
}

const describeError = (error: SmtpError) =>
  [error.code, error.responseCode, error.message]
    .filter((part) => part !== undefined && part !== "")
    .join(" ")
    .slice(0, 2000);

function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "partner-center.local";
  return `<${id}@${domain}>`;
}

async function deliverOne(transport: Transporter, email: ClaimedEmail): Promise<Outcome> {
  const from = mailFrom();
  const attempts = email.attempts + 1; // this attempt, counted now that it has an outcome
  try {
    await transport.sendMail({
      from,
      to: email.to_address,
      subject: email.subject,
      html: email.html ?? undefined,
      text: email.text ?? undefined,
      messageId: messageIdFor(email.id, from),
      headers: { "Auto-Submitted": "auto-generated" },
    });
  } catch (caught) {
    const error = caught as SmtpError;
    const dead = isPermanentFailure(error) || attempts >= MAX_ATTEMPTS;
    await db().outboxEmail.updateMany({
      where: { id: email.id, status: "PENDING" },
      data: dead
        ? { status: "DEAD", attempts, lastError: describeError(error) }
        : { attempts, lastError: describeError(error), nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)) },
    });
    return dead ? "dead" : "retried";
  }
  await db().outboxEmail.updateMany({
    where: { id: email.id, status: "PENDING" },
    data: { status: "SENT", attempts, sentAt: new Date(), html: null, text: null, lastError: null },
  });
  return "sent";
}

/**
 * Sends up to `limit` due emails; safe to run in several processes at once. When `signal`
 * aborts (the worker stops), sends in progress finish and are recorded, and the claimed rows
 * not yet started are released at once.
 */
export async function deliverDueEmails({
  limit = 20,
  signal,
}: { limit?: number; signal?: AbortSignal } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, sent: 0, retried: 0, dead: 0, released: 0 };
  if (signal?.aborted) return report;
  const claimedAt = Date.now();
  const queue = await claimDueEmails(limit);
  report.claimed = queue.length;
  if (queue.length === 0) return report;

  const releases: Promise<void>[] = [];
  const releaseUnsent = () => {
    const unsent = queue.splice(0);
    if (unsent.length > 0) releases.push(releaseClaims(unsent).then((count) => void (report.released += count)));
  };
  signal?.addEventListener("abort", releaseUnsent, { once: true });
  if (signal?.aborted) releaseUnsent(); // stopped while claiming
  try {
    const transport = getMailTransport();
    const sendNext = async () => {
      while (queue.length > 0) {
        if (Date.now() - claimedAt > LEASE_SECONDS * 1000 - SEND_DEADLINE_MS) {
          releaseUnsent();
          return;
        }
        report[await deliverOne(transport, queue.shift()!)]++;
      }
    };
    // allSettled: a failed database write must not leave other sends running unobserved.
    const lanes = await Promise.allSettled(Array.from({ length: Math.min(SEND_CONCURRENCY, queue.length) }, sendNext));
    const failed = lanes.find((lane) => lane.status === "rejected");
    if (failed) throw failed.reason;
  } catch (error) {
    releaseUnsent(); // e.g. the database went away mid-batch: don't leave the rest leased
    throw error;
  } finally {
    signal?.removeEventListener("abort", releaseUnsent);
    await Promise.allSettled(releases);
  }
  return report;
}

// On globalThis: instrumentation and route bundles each get their own module copy in one process.
const globalForWorker = globalThis as unknown as { partnerCenterEmailWorker?: PollLoop };

/**
 * Starts the polling loop once per process (later calls are no-ops). Without SMTP_URL the
 * worker stays off and emails wait in the outbox. Returns whether a worker is running.
 */
export function startEmailWorker({
  intervalMs = 2_000,
  limit = 20,
}: { intervalMs?: number; limit?: number } = {}): boolean {
  if (globalForWorker.partnerCenterEmailWorker) return true;
  if (!process.env.SMTP_URL) {
    log("email").warn("SMTP_URL is not set: the email worker is off and emails wait in the outbox.");
    return false;
  }
  globalForWorker.partnerCenterEmailWorker = startPollLoop({
    intervalMs,
    round: async (signal) => ({ full: (await deliverDueEmails({ limit, signal })).claimed === limit }),
    onError: (error, failures) =>
      log("email").error({ err: errorField(error), failures }, "delivery round failed, retrying later"),
  });
  return true;
}

/** Asks the worker to look for due emails now, e.g. right after a transaction that enqueued one. */
export function wakeEmailWorker(): void {
  globalForWorker.partnerCenterEmailWorker?.wake();
}

/**
 * Stops the loop: claimed rows whose send hasn't started are released at once (the UPDATE is
 * issued before anything is awaited), sends in progress finish and are
 * recorded, then the returned promise resolves. Under `next start` the process may exit before that; what
 * wasn't recorded is retried after the lease, without an attempt counted.
 */
export async function stopEmailWorker(): Promise<void> {
  const loop = globalForWorker.partnerCenterEmailWorker;
  if (!loop) return;
  try {
    await loop.stop();
  } finally {
    delete globalForWorker.partnerCenterEmailWorker;
  }
}

/** When the worker last finished a round, or undefined when it doesn't run in this process. */
export function emailWorkerLastRoundAt(): number | undefined {
  return globalForWorker.partnerCenterEmailWorker?.lastRoundAt();
}
