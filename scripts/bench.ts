// `npm run bench`: the performance benchmark of ENGINEERING §4. It is a measurement, not a test:
// missed targets are reported, and the exit status is non-zero only when the bench couldn't run.
//
//  1. Builds the app (`scripts/generate.ts` + `next build`, without DATABASE_URL) when
//     .next/BUILD_ID is missing or older than the sources.
//  2. Starts a fresh embedded PostgreSQL in a temp dir with pg_stat_statements preloaded (or, when
//     DATABASE_URL is set, creates a fresh uniquely named database on that server and drops it at
//     the end), migrates it, and seeds with set-based SQL (scripts/bench/seed*.ts), timed:
//     10k partner organizations (programs, enrollments, agreements, three regions), 50k users
//     (2,000 in "Bench Reseller"), 100k customer tenants, ~200k customer relationships (93k of
//     them Bench Reseller's), provider–reseller links, 100k audit events (30k Bench Reseller's).
//     Every user's password is BENCH_PASSWORD, hashed once with argon2id.
//  3. Starts the production server, lib/server/main.ts (NODE_ENV=production, fresh AUTH_SECRET, EMAIL_WORKER=off) on a free
//     127.0.0.1 port in its own process group, and signs in as admin@bench-reseller.example
//     through Auth.js's credentials callback (once: failed sign-ins are throttled).
//  4. Per page: SQL statements per view from pg_stat_statements (calls delta over N sequential
//     requests ÷ N; "n/a" on a DATABASE_URL server without it in shared_preload_libraries), then
//     autocannon at 16 connections, a short warm-up and ~10 s measured.
//     Pages: /overview (the "empty" page), /settings/users/new (shell only, for reference), the
//     Users page (plain, search, page 20), the Audit log, and the Customers page (plain, name and
//     domain search, page 40, filtered by provider, direct bill newest first), which carry the targets.
//  5. Prints the table, the targets with pass/fail (each Customers variant against ENGINEERING §4:
//     p95, throughput vs. the empty page, statements per view including the shell's session check)
//     and each page's statements; stops the app
//     (the whole process group) and PostgreSQL and removes its temp dirs, also on Ctrl-C.
//
// Knobs (env): BENCH_CONNECTIONS (16), BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_VIEWS (20).
// Traffic goes to 127.0.0.1 only. The load generator shares the machine's cores with the app and
// PostgreSQL, so compare numbers from the same machine only.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type App, buildIfStale, signIn, startApp, stopBuild, tail } from "./bench/app.ts";
import { type BenchDatabase, openBenchDatabase } from "./bench/database.ts";
import { drive } from "./bench/load.ts";
import { PAGES, resolvePath } from "./bench/pages.ts";
import { type PageRow, printStatements, printTable, printTargets } from "./bench/report.ts";
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, seedBench } from "./bench/seed.ts";
import { countStatements } from "./bench/statements.ts";

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const CONNECTIONS = number("BENCH_CONNECTIONS", 16);
const SECONDS = number("BENCH_SECONDS", 10);
const WARMUP_SECONDS = number("BENCH_WARMUP_SECONDS", 3);
const VIEWS = Math.round(number("BENCH_VIEWS", 20));

const runDir = mkdtempSync(path.join(os.tmpdir(), "partner-center-bench-run-"));
let database: BenchDatabase | undefined;
let app: App | undefined;
let finished = false;

const step = (text: string) => console.log(`\n▸ ${text}`);
const since = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

let cleaning: Promise<void> | undefined;
let stopping = false; // Ctrl-C / SIGTERM: errors from here on are the shutdown's own

/** Stops the app (its process group) and PostgreSQL and removes the temp dirs; once. */
function cleanUp() {
  cleaning ??= (async () => {
    await app?.stop().catch(() => {});
    await database?.dispose().catch((error) => console.error(`could not remove the bench database: ${error.message}`));
    rmSync(runDir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the bench…`);
    stopping = true;
    stopBuild();
    app?.killNow();
    void cleanUp().finally(() => process.exit(130));
  });
}
process.on("exit", () => app?.killNow()); // last resort: never leave next-server behind

async function main() {
  const loadAverage = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  console.log(
    `Partner Center bench — ${os.availableParallelism()} CPU core(s), load average ${loadAverage}, Node ${process.version}`,
  );
  if (os.loadavg()[0] > os.availableParallelism() / 2)
    console.log("  note: the machine is already busy; the numbers will be lower than on an idle one");

  step("Build");
  const buildLog = path.join(runDir, "build.log");
  let started = performance.now();
  try {
    console.log(`  ${await buildIfStale(buildLog)}`);
  } catch (error) {
    console.error(tail(buildLog, 40));
    throw error;
  }

  step("Database");
  started = performance.now();
  database = await openBenchDatabase(process.env.DATABASE_URL || undefined);
  console.log(`  ${database.description}; migrated in ${since(started)}`);

  step("Seeding");
  const seed = await seedBench(database.url);
  for (const line of seed.steps) console.log(`  ${line}`);
  console.log(`  seeded in ${seed.seconds.toFixed(1)} s:`);
  console.log(
    `  ${Object.entries(seed.counts)
      .map(([key, value]) => `${key} ${value.toLocaleString("en")}`)
      .join(", ")}`,
  );

  step("App");
  const serverLog = path.join(runDir, "next-start.log");
  started = performance.now();
  app = await startApp(database.url, serverLog);
  console.log(`  server on ${app.baseUrl} after ${since(started)}`);
  const cookie = await signIn(app.baseUrl, BENCH_ADMIN_EMAIL, BENCH_PASSWORD);
  console.log(`  signed in as ${BENCH_ADMIN_EMAIL} (Global admin of Bench Reseller)`);

  const rows: PageRow[] = [];
  for (const listed of PAGES) {
    const page = { ...listed, path: await resolvePath(database.url, listed.path) };
    step(`${page.label} ${page.path}`);
    const url = `${app.baseUrl}${page.path}`;
    const probe = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status !== 200) {
      const answer = `answers ${probe.status} ${probe.headers.get("location") ?? ""}`.trim();
      // A Customers page that doesn't answer 200 misses its targets; measuring an error page would hide that.
      if (page.role === "customers") {
        console.log(`  ${answer}: not measured`);
        rows.push({ ...page, skipped: answer });
        continue;
      }
      console.log(`  warning: the page ${answer}`);
    }
    const statements = database.statementStats ? await countStatements(database.url, url, cookie, VIEWS) : null;
    if (statements)
      console.log(`  ${statements.perView.toFixed(1)} SQL statements per view (${VIEWS} sequential views)`);
    const load = await drive(url, cookie, {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
    });
    console.log(
      `  p50 ${load.p50.toFixed(1)} ms, p95 ${load.p95.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, ${load.requestsPerSecond.toFixed(1)} req/s, status ${load.statusCodes || "none"}`,
    );
    rows.push({ ...page, load, statements });
  }

  printStatements(rows);
  printTable(rows, CONNECTIONS, SECONDS, database.statementStatsNote);
  printTargets(rows, seed.seconds);
  console.log(
    `\nDatabase: ${database.description}, removed now. Bench sign-in was ${BENCH_ADMIN_EMAIL} / ${BENCH_PASSWORD}.`,
  );
}

let status = 0;
try {
  await main();
  finished = true;
} catch (error) {
  if (stopping) await new Promise(() => {}); // the signal handler cleans up and exits
  console.error(`\nbench could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  status = 1;
}
await cleanUp();
process.exit(finished ? 0 : status);
