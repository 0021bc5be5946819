import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { jobRunnerRunning } from "@/lib/jobs/runner";

export type Readiness = {
  ready: boolean;
  checks: { database: "ok" | "down"; migrations: "ok" | "pending" | "unknown"; jobs: "running" | "stopped" | "off" };
  build: string;
};

const root = process.cwd();
let buildId: string | undefined;
let migrationsOkUntil = 0;

/** The app's own build id (.next/BUILD_ID), "development" under `npm run dev`. Nothing else about versions. */
function build(): string {
  if (buildId) return buildId;
  try {
    buildId = readFileSync(path.join(root, ".next/BUILD_ID"), "utf8").trim();
  } catch {
    buildId = "development";
  }
  return buildId;
}

async function withinOneSecond<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), 1_000)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every migration folder shipped with this release is applied (a good answer is kept for 10 s). */
async function migrationsCurrent(): Promise<"ok" | "pending"> {
  if (Date.now() < migrationsOkUntil) return "ok";
  const shipped = readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const rows = await db().$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  if (shipped.some((name) => !applied.has(name))) return "pending";
  migrationsOkUntil = Date.now() + 10_000;
  return "ok";
}

/** GET /api/health/ready: the database answers within 1 s, migrations are current, the job runner runs. */
export async function checkReadiness(): Promise<Readiness> {
  const database = await withinOneSecond(db().$queryRaw`SELECT 1`).then(
    () => "ok" as const,
    () => "down" as const,
  );
  const migrations =
    database === "ok" ? await withinOneSecond(migrationsCurrent()).catch(() => "unknown" as const) : "unknown";
  const jobs = process.env.JOB_RUNNER === "off" ? "off" : jobRunnerRunning() ? "running" : "stopped";
  const ready = database === "ok" && migrations === "ok" && jobs !== "stopped";
  return { ready, checks: { database, migrations, jobs }, build: build() };
}
