// The one job mechanism (lib/jobs, ARCHITECTURE.md "Jobs"): schedules run once per interval across
// processes, queued jobs commit with their transaction, failures retry with backoff and end DEAD.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { OperatorActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { JobDefinition } from "@/lib/jobs/definitions";
import { listJobStatus } from "@/lib/jobs/list-job-status";
import { enqueueDueSchedules, enqueueJob, runDueJobs } from "@/lib/jobs/queue";
import { startJobRunner, stopJobRunner } from "@/lib/jobs/runner";
import { captureLogs } from "@/tests/helpers/capture-logs";
import { resetDbClient, withOwnDatabase } from "@/tests/helpers/own-database";

// The runner works every job of the database: this file gets a database of its own.
withOwnDatabase("jobs");

const root = path.resolve(import.meta.dirname, "../..");
const jobsNamed = (name: string) => db().job.findMany({ where: { name }, orderBy: { createdAt: "asc" } });

function runChild(env: Record<string, string>): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./tests/setup/server-only-hook.mjs", "tests/integration/job-runner-process.ts"],
    { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] },
  );
  return new Promise((resolve) => child.on("exit", resolve));
}

describe("jobs", () => {
  it("schedules: two processes running the runner run a one-second schedule exactly once per interval", async () => {
    await db()
      .$executeRaw`CREATE TABLE job_probe (job_id uuid NOT NULL, pid int NOT NULL, ran_at timestamptz DEFAULT now())`;
    const codes = await Promise.all([runChild({ RUN_MS: "8000" }), runChild({ RUN_MS: "8000" })]);
    expect(codes).toEqual([0, 0]);

    const runs = await db().$queryRaw<{ job_id: string; pid: number }[]>`SELECT job_id::text, pid FROM job_probe`;
    const jobs = await jobsNamed("test.tick");
    const slots = jobs.map((job) => Number(job.dedupeKey!.split("@")[1])).sort();
    // At most one job per one-second interval (an interval during which both were busy may be
    // skipped, never doubled), each run exactly once by one of the processes.
    expect(slots.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots.at(-1)! - slots[0]!).toBeLessThanOrEqual(8);
    expect(new Set(runs.map((run) => run.job_id)).size).toBe(runs.length);
    const done = jobs.filter((job) => job.status === "DONE").map((job) => job.id);
    expect(runs.map((run) => run.job_id).sort()).toEqual(done.sort());
    expect(done.length).toBeGreaterThanOrEqual(slots.length - 1); // the last interval may have started as they stopped
  }, 180_000);

  it("schedules: concurrent enqueues of the same interval queue one run", async () => {
    const definitions: JobDefinition[] = [{ name: "test.hourly", everySeconds: 3600, run: async () => {} }];
    const waits = await Promise.all(Array.from({ length: 5 }, () => enqueueDueSchedules(definitions)));
    expect(await jobsNamed("test.hourly")).toHaveLength(1);
    for (const wait of waits) expect(wait).toBeGreaterThan(0);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(3600);
  });

  it("queued jobs run only when the enqueuing transaction commits, with their payload", async () => {
    const seen: unknown[] = [];
    const definitions: JobDefinition[] = [{ name: "test.queued", run: async (payload) => seen.push(payload) }];
    await db()
      .$transaction(async (tx) => {
        await enqueueJob(tx, "test.queued", { n: 1 });
        throw new Error("rolled back");
      })
      .catch(() => {});
    await db().$transaction((tx) => enqueueJob(tx, "test.queued", { n: 2 }));
    expect(await runDueJobs(definitions)).toBe(1);
    expect(seen).toEqual([{ n: 2 }]);
    expect((await jobsNamed("test.queued")).map((job) => [job.status, job.attempts])).toEqual([["DONE", 1]]);
  });

  it("failures retry with backoff and the last attempt leaves the job DEAD with its error", async () => {
    const definitions: JobDefinition[] = [
      { name: "test.failing", run: async (_, job) => Promise.reject(new Error(`broken ${job.attempt}`)) },
    ];
    await db().$transaction((tx) => enqueueJob(tx, "test.failing", {}, { maxAttempts: 2 }));
    const logs = captureLogs();
    try {
      const before = Date.now();
      expect(await runDueJobs(definitions)).toBe(1);
      const [retrying] = await jobsNamed("test.failing");
      expect(retrying).toMatchObject({ status: "PENDING", attempts: 1, lastError: "broken 1" });
      // 30 s ±20 % before the next attempt; nothing is due meanwhile.
      expect(retrying!.runAt.getTime() - before).toBeGreaterThanOrEqual(24_000);
      expect(await runDueJobs(definitions)).toBe(0);

      await db().job.update({ where: { id: retrying!.id }, data: { runAt: new Date() } });
      expect(await runDueJobs(definitions)).toBe(1);
      const [dead] = await jobsNamed("test.failing");
      expect(dead).toMatchObject({ status: "DEAD", attempts: 2, lastError: "broken 2" });
      expect(dead!.finishedAt).not.toBeNull();
      expect(await runDueJobs(definitions)).toBe(0); // dead stays dead
      expect(logs.lines().map((line) => [line.level, line.msg])).toEqual([
        [40, "job failed, will retry"],
        [50, "job dead"],
      ]);
    } finally {
      logs.restore();
    }
  });

  it("operator console: each job's last run, next run, failures and dead count; operators only", async () => {
    const operator: OperatorActor = {
      kind: "operator",
      operatorId: crypto.randomUUID(),
      email: "op@example.test",
      name: "Op",
      ip: null,
    };
    const { jobs } = await listJobStatus(operator);
    // The failing job of the test above: dead after 2 attempts, both failed.
    expect(jobs.find((job) => job.name === "test.failing")).toMatchObject({
      lastState: "DEAD",
      failedAttempts7d: 2,
      dead: 1,
      lastError: "broken 2",
      nextRunAt: null,
    });
    expect(jobs.find((job) => job.name === "test.queued")).toMatchObject({ lastState: "DONE", failedAttempts7d: 0 });
    // Every schedule of the table is listed, run or not, with its next interval.
    const purge = jobs.find((job) => job.name === "housekeeping.purge-expired")!;
    expect(purge).toMatchObject({
      everySeconds: 600,
      lastRunAt: null,
      labelKey: "jobs.name.housekeeping.purgeExpired",
    });
    expect(purge.nextRunAt!.getTime() % 600_000).toBe(0);
    const partnerUser = { kind: "user", userId: "x" } as unknown as OperatorActor;
    await expect(listJobStatus(partnerUser)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a process claims only the jobs it knows (a rolling deploy's old instance leaves new kinds alone)", async () => {
    await db().$transaction((tx) => enqueueJob(tx, "test.unknown-kind"));
    expect(await runDueJobs([{ name: "test.other", run: async () => {} }])).toBe(0);
    expect((await jobsNamed("test.unknown-kind"))[0]).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("the runner survives an unreachable database, logs each failed round, and still stops cleanly", async () => {
    const workingUrl = process.env.DATABASE_URL!;
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const unreachable = new URL(workingUrl);
    unreachable.port = String((probe.address() as net.AddressInfo).port);
    await new Promise((resolve) => probe.close(resolve));
    await resetDbClient();
    process.env.DATABASE_URL = unreachable.toString();
    const logs = captureLogs();
    try {
      startJobRunner({ intervalMs: 20 });
      await expect
        .poll(() => logs.lines().filter((line) => line.msg === "job round failed, retrying later").length, {
          timeout: 10_000,
        })
        .toBeGreaterThanOrEqual(2);
      await stopJobRunner();
    } finally {
      logs.restore();
      await resetDbClient();
      process.env.DATABASE_URL = workingUrl;
    }
  });
});
