import "server-only";
import { errorField, log } from "@/lib/observability/logger";
import { JOBS, type JobDefinition } from "./definitions";
import { startPollLoop, type PollLoop } from "./poll-loop";
import { enqueueDueSchedules, runDueJobs } from "./queue";

// One job runner per process (started by lib/server-lifecycle.ts): each round queues the
// schedules' current runs (only when an interval has started since the last look) and works the
// due jobs. Any number of processes may run it; the database decides who runs what.
const holder = globalThis as unknown as { partnerCenterJobRunner?: PollLoop };

export function startJobRunner({
  definitions = JOBS,
  intervalMs = 5_000,
  limit = 10,
}: { definitions?: JobDefinition[]; intervalMs?: number; limit?: number } = {}): void {
  if (holder.partnerCenterJobRunner) return;
  let nextScheduleAt = 0;
  const loop = startPollLoop({
    intervalMs,
    round: async (signal) => {
      if (Date.now() >= nextScheduleAt) {
        const wait = await enqueueDueSchedules(definitions);
        nextScheduleAt = Date.now() + Math.min(wait * 1000 + 10, 60_000);
      }
      return { full: (await runDueJobs(definitions, { limit, signal })) === limit };
    },
    onError: (error, failures) =>
      log("jobs").error({ err: errorField(error), failures }, "job round failed, retrying later"),
  });
  holder.partnerCenterJobRunner = loop;
}

/** Looks for due jobs now (after a transaction that queued one). */
export function wakeJobRunner(): void {
  holder.partnerCenterJobRunner?.wake();
}

export async function stopJobRunner(): Promise<void> {
  const runner = holder.partnerCenterJobRunner;
  if (!runner) return;
  try {
    await runner.stop();
  } finally {
    delete holder.partnerCenterJobRunner;
  }
}

/** For the readiness check: the loop runs in this process (it never ends by itself: a failed round is retried). */
export function jobRunnerRunning(): boolean {
  return holder.partnerCenterJobRunner !== undefined;
}
