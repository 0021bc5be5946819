import "server-only";
import { startEmailWorker, stopEmailWorker } from "@/lib/email/worker";
import { notifyExpiredInvitations } from "@/lib/invitations/notify-expired-invitations";
import { purgeExpired } from "@/lib/housekeeping/purge-expired";

export const HOUSEKEEPING_INTERVAL_MS = 10 * 60_000;

const globalForLifecycle = globalThis as unknown as { partnerCenterHousekeeping?: NodeJS.Timeout };

/** One housekeeping round; failures (the database restarting …) are logged and the next round tries again. */
export async function runHousekeeping(): Promise<void> {
  try {
    const purged = await purgeExpired();
    if (purged.rateLimitBuckets + purged.userSessions + purged.sentEmails > 0)
      console.info("[housekeeping] purged", purged);
  } catch (error) {
    console.error("[housekeeping] purge failed, retrying in the next round:", (error as Error).message);
  }
  try {
    // R16: senders hear once when an invitation expired unused.
    const notified = await notifyExpiredInvitations();
    if (notified > 0) console.info("[housekeeping] expired invitations reported", notified);
  } catch (error) {
    console.error("[housekeeping] expiry notices failed, retrying in the next round:", (error as Error).message);
  }
}

/**
 * Runs once per server process (instrumentation.ts): the outbox worker (SPEC §5) and the
 * housekeeping timer (L1), both unref'd so they never keep the process alive.
 *
 * Shutdown: `next start` handles SIGTERM itself — it closes the HTTP server (waiting for the
 * requests in progress) and then calls process.exit(143) without waiting for us. Our listener
 * runs alongside: it stops the timer and stops the worker, which releases the claimed emails it
 * hasn't started sending at once (best-effort). Correctness never depends on that finishing:
 * claims are leases of a minute and an attempt is counted only when a delivery has an outcome,
 * so whatever a killed process held is simply sent after the lease (lib/email/worker.ts).
 */
export function start() {
  if (process.env.MAILBOX_DIR && process.env.NODE_ENV === "production") {
    console.warn(
      "[mailbox] MAILBOX_DIR is set: /dev/mailbox shows every caught email without sign-in. Never set it in a real deployment.",
    );
  }
  startHousekeeping();
  if (process.env.EMAIL_WORKER !== "off") startEmailWorker();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
}

function startHousekeeping() {
  if (globalForLifecycle.partnerCenterHousekeeping) return;
  const timer = setInterval(() => void runHousekeeping(), HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  globalForLifecycle.partnerCenterHousekeeping = timer;
}

async function stop() {
  clearInterval(globalForLifecycle.partnerCenterHousekeeping);
  delete globalForLifecycle.partnerCenterHousekeeping;
  await stopEmailWorker().catch((error) =>
    console.error("[email] stopping the worker failed:", (error as Error).message),
  );
}
