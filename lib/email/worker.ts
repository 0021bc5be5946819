import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { getMailTransport, mailFrom } from "./transport";

// Delivery is at-least-once: a row is claimed with a lease (next_attempt_at pushed forward),
// sent, then marked. A crash between sending and marking resends after the lease; the
// Message-ID derived from the row id lets receivers drop the duplicate. Sent rows lose their
// bodies (they may carry invitation links with raw tokens); dead rows keep them for a resend.

export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 300; // longer than a batch can take with the transport's timeouts
const SEND_CONCURRENCY = 4;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;

type ClaimedEmail = { id: string; to_address: string; subject: string; html: string | null; text: string | null; attempts: number };
export type DeliveryReport = { claimed: number; sent: number; retried: number; dead: number };
type Outcome = "sent" | "retried" | "dead";

/** Locks due rows no other worker holds, counts the attempt and leases them, in one statement. */
async function claimDueEmails(limit: number): Promise<ClaimedEmail[]> {
  return db().$queryRaw<ClaimedEmail[]>`
    UPDATE outbox_emails
       SET attempts = attempts + 1,
           next_attempt_at = now() + ${LEASE_SECONDS}::int * interval '1 second',
           updated_at = now()
     WHERE id IN (SELECT id FROM outbox_emails
                   WHERE status = 'PENDING' AND next_attempt_at <= now()
                   ORDER BY next_attempt_at
                   LIMIT ${limit}::int
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, html, text, attempts`;
}

/** 30 s, 1 min, 2 min, … capped at an hour, ±20 % so retries of many rows spread out. */
function retryDelayMs(attempts: number): number {
  const delay = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}

type SmtpError = Error & { code?: string; responseCode?: number };

/** A 5xx answer to this message's envelope or content won't change on retry; everything else might. */
function isPermanentFailure(error: SmtpError): boolean {
  const perMessage = error.code === "EENVELOPE" || error.code === "EMESSAGE";
  return perMessage && typeof error.responseCode === "number" && error.responseCode >= 500 && error.responseCode < 600;
}

const describeError = (error: SmtpError) =>
  [error.code, error.responseCode, error.message].filter((part) => part !== undefined && part !== "").join(" ").slice(0, 2000);

function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "partner-center.local";
  return `<${id}@${domain}>`;
}

async function deliverOne(transport: Transporter, email: ClaimedEmail): Promise<Outcome> {
  const from = mailFrom();
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
    const dead = isPermanentFailure(error) || email.attempts >= MAX_ATTEMPTS;
    await db().outboxEmail.updateMany({
      where: { id: email.id, status: "PENDING" },
      data: dead
        ? { status: "DEAD", lastError: describeError(error) }
        : { lastError: describeError(error), nextAttemptAt: new Date(Date.now() + retryDelayMs(email.attempts)) },
    });
    return dead ? "dead" : "retried";
  }
  await db().outboxEmail.updateMany({
    where: { id: email.id, status: "PENDING" },
    data: { status: "SENT", sentAt: new Date(), html: null, text: null, lastError: null },
  });
  return "sent";
}

/** Sends up to `limit` due emails; safe to run in several processes at once. */
export async function deliverDueEmails({ limit = 20 }: { limit?: number } = {}): Promise<DeliveryReport> {
  const claimed = await claimDueEmails(limit);
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retried: 0, dead: 0 };
  if (claimed.length === 0) return report;
  const transport = getMailTransport();
  let next = 0;
  const sendNext = async () => {
    while (next < claimed.length) report[await deliverOne(transport, claimed[next++]!)]++;
  };
  // allSettled: a failed database write must not leave other sends running unobserved.
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(SEND_CONCURRENCY, claimed.length) }, sendNext));
  const failed = lanes.find((lane) => lane.status === "rejected");
  if (failed) throw failed.reason;
  return report;
}

type WorkerState = { stopping: boolean; nudged: boolean; wake: () => void; loop: Promise<void> };

// On globalThis: instrumentation and route bundles each get their own module copy in one process.
const globalForWorker = globalThis as unknown as { partnerCenterEmailWorker?: WorkerState };

async function runWorkerLoop(state: WorkerState, intervalMs: number, limit: number) {
  let failures = 0;
  while (!state.stopping) {
    state.nudged = false;
    let batchWasFull = false;
    try {
      batchWasFull = (await deliverDueEmails({ limit })).claimed === limit;
      failures = 0;
    } catch (error) {
      failures++;
      console.error(`[email] delivery round failed (${failures} in a row), retrying later:`, (error as Error).message);
    }
    if (state.stopping || batchWasFull || state.nudged) continue;
    // The database being down is waited out with a growing pause, up to a minute.
    const pause = Math.min(60_000, intervalMs * 2 ** Math.min(failures, 5));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pause);
      timer.unref();
      state.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * Starts the polling loop once per process (later calls are no-ops). Without SMTP_URL the
 * worker stays off and emails wait in the outbox. Returns whether a worker is running.
 */
export function startEmailWorker({ intervalMs = 2_000, limit = 20 }: { intervalMs?: number; limit?: number } = {}): boolean {
  if (globalForWorker.partnerCenterEmailWorker) return true;
  if (!process.env.SMTP_URL) {
    console.warn("[email] SMTP_URL is not set: the email worker is off and emails wait in the outbox.");
    return false;
  }
  const state: WorkerState = { stopping: false, nudged: false, wake: () => {}, loop: Promise.resolve() };
  state.loop = runWorkerLoop(state, intervalMs, limit);
  globalForWorker.partnerCenterEmailWorker = state;
  return true;
}

/** Asks the worker to look for due emails now, e.g. right after a transaction that enqueued one. */
export function wakeEmailWorker(): void {
  const state = globalForWorker.partnerCenterEmailWorker;
  if (!state) return;
  state.nudged = true;
  state.wake();
}

/** Stops the loop after the batch in flight has been delivered and recorded. */
export async function stopEmailWorker(): Promise<void> {
  const state = globalForWorker.partnerCenterEmailWorker;
  if (!state) return;
  state.stopping = true;
  state.wake();
  await state.loop;
  delete globalForWorker.partnerCenterEmailWorker;
}
