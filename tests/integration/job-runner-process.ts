// A second process for tests/integration/jobs.test.ts: runs the job runner with one schedule of
// one second for RUN_MS, each run recorded in job_probe with this process's pid. Not a test file.
import { db } from "@/lib/db/client";
import { startJobRunner, stopJobRunner } from "@/lib/jobs/runner";

startJobRunner({
  intervalMs: 100,
  definitions: [
    {
      name: "test.tick",
      everySeconds: 1,
      run: async (_payload, job) =>
        db().$executeRaw`INSERT INTO job_probe (job_id, pid) VALUES (${job.id}::uuid, ${process.pid}::int)`,
    },
  ],
});
setTimeout(
  async () => {
    await stopJobRunner();
    await db().$disconnect();
    process.exit(0);
  },
  Number(process.env.RUN_MS ?? 4_000),
);
