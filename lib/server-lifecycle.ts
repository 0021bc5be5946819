import "server-only";
import { startEmailWorker, stopEmailWorker } from "@/lib/email/worker";
import { JOBS } from "@/lib/jobs/definitions";
import { startJobRunner, stopJobRunner } from "@/lib/jobs/runner";
import { errorField, log } from "@/lib/observability/logger";

/** Runs every schedule's work once, now, in this process, outside the job queue (tests and scripts). */
export async function runHousekeeping(): Promise<void> {
  for (const job of JOBS) if (job.everySeconds) await job.run({}, { id: "now", attempt: 1 });
}

/**
 * Runs once per server process (instrumentation.ts): the outbox worker (SPEC §5) and the job
 * runner (lib/jobs: housekeeping, expiry notices, … once per interval across all instances),
 * both unref'd so they never keep the process alive.
 *
 * Shutdown: the app server (lib/server/main.ts) handles SIGTERM — it closes the HTTP server
 * (waiting for the requests in progress) and exits. Our listener runs alongside: it stops the
 * runner and the worker, which releases the claimed emails it hasn't started sending at once
 * (best-effort). Correctness never depends on that finishing: claims are leases and an attempt
 * is counted only when it has an outcome, so whatever a killed process held is simply taken up
 * again after the lease (lib/email/worker.ts, lib/jobs/queue.ts).
 */
export function start() {
  if (process.env.MAILBOX_DIR && process.env.NODE_ENV === "production") {
    log("mailbox").warn(
      "MAILBOX_DIR is set: /dev/mailbox shows every caught email without sign-in. Never set it in a real deployment.",
    );
  }
  if (process.env.JOB_RUNNER !== "off") startJobRunner();
  if (process.env.EMAIL_WORKER !== "off")
    startEmailWorker({ intervalMs: Number(process.env.EMAIL_WORKER_INTERVAL_MS) || undefined });
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
}

async function stop() {
  await Promise.all([stopJobRunner(), stopEmailWorker()]).catch((error) =>
    log("jobs").error({ err: errorField(error) }, "stopping the job runner or the email worker failed"),
  );
}
