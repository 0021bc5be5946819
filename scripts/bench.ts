// `npm run bench`: the performance benchmark of ENGINEERING §4. It is a measurement, not a test:
// missed targets are reported, and the exit status is non-zero only when the bench couldn't run.
//
//  1. Builds the app (`scripts/generate.ts` + `next build` with BENCH_BUILD=1, without DATABASE_URL)
//     into .next-bench when .next-bench/BUILD_ID is missing or older than the sources: the bench
//     build alone has the floor page (app/bench/floor/page.bench.tsx).
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
//     Pages: the floor first (no cookie), /overview (the "empty" page), /settings/users/new (shell
//     only, for reference), the Users page (plain, search, page 20), the Audit log, and the Customers
//     page (plain, name and domain search, page 40, filtered by provider, direct bill newest first).
//  5. Prints the table (throughput as a share of the floor's and of the empty page's), the targets
//     with pass/fail (ENGINEERING §4: shares of the floor and of the empty page, p95 against the
//     floor's, statements per view) and each page's statements; writes bench-results/latest.json
//     (the previous one is kept beside it); with `--compare <file>` prints the change against that
//     earlier run. When the load average is above 1 at the start, ratios are neither shown nor
//     judged (a busy machine compresses them toward 1 and would hide a regression). Stops the app
//     (the whole process group) and PostgreSQL and removes its temp dirs, also on Ctrl-C.
//
// Knobs (env): BENCH_CONNECTIONS (16), BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_VIEWS (20).
// Traffic goes to 127.0.0.1 only. The load generator shares the machine's cores with the app and
// PostgreSQL, so compare numbers from the same machine only.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type App, buildIfStale, ROOT, signIn, startApp, stopBuild, tail } from "./bench/app.ts";
import { type BenchDatabase, openBenchDatabase } from "./bench/database.ts";
import { drive } from "./bench/load.ts";
import { PAGES, resolvePath } from "./bench/pages.ts";
import { type PageRow, printStatements, printTable, printTargets } from "./bench/report.ts";
import { printComparison, toResults, writeResults } from "./bench/results.ts";
import { BENCH_ADMIN_EMAIL, BENCH_PASSWORD, seedBench } from "./bench/seed.ts";
import { countStatements } from "./bench/statements.ts";

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const { values: args } = parseArgs({
  options: { compare: { type: "string" }, smoke: { type: "boolean", default: false } },
});
// `--smoke` (npm test, with BENCH_SCALE=0.02 for a tiny dataset): every step for two seconds a page on
// the normal build (no floor page there), and a non-zero exit when a page doesn't answer 200.
const SMOKE = args.smoke;
const CONNECTIONS = SMOKE ? 2 : number("BENCH_CONNECTIONS", 16);
const SECONDS = SMOKE ? 2 : number("BENCH_SECONDS", 10);
const WARMUP_SECONDS = SMOKE ? 0 : number("BENCH_WARMUP_SECONDS", 3);
const VIEWS = SMOKE ? 2 : Math.round(number("BENCH_VIEWS", 20));
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? path.join(ROOT, "bench-results");
const MAX_LOAD = 1; // load average above which ratios are not reported

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
  const loadAtStart = os.loadavg();
  const ratios = loadAtStart[0] <= MAX_LOAD;
  if (!ratios)
    console.log(
      `  the load average is above ${MAX_LOAD}: the bench measures, but reports no ratios and judges none (a busy machine compresses them toward 1)`,
    );

  step("Build");
  const buildLog = path.join(runDir, "build.log");
  let started = performance.now();
  try {
    console.log(`  ${SMOKE ? "smoke run: the normal build (.next) as it is" : await buildIfStale(buildLog)}`);
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
  app = await startApp(database.url, serverLog, { benchBuild: !SMOKE });
  console.log(`  server on ${app.baseUrl} after ${since(started)}`);
  const cookie = await signIn(app.baseUrl, BENCH_ADMIN_EMAIL, BENCH_PASSWORD);
  console.log(`  signed in as ${BENCH_ADMIN_EMAIL} (Global admin of Bench Reseller)`);

  const rows: PageRow[] = [];
  for (const listed of PAGES) {
    const page = { ...listed, path: await resolvePath(database.url, listed.path) };
    step(`${page.label} ${page.path}`);
    const url = `${app.baseUrl}${page.path}`;
    const headers: Record<string, string> = page.role === "floor" ? {} : { cookie }; // the floor has no session
    const probe = await fetch(url, { headers, redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status !== 200) {
      const answer = `answers ${probe.status} ${probe.headers.get("location") ?? ""}`.trim();
      // A Customers page that doesn't answer 200 misses its targets; measuring an error page would hide
      // that. The floor is only in the bench build.
      if (page.role === "customers" || page.role === "floor" || SMOKE) {
        console.log(`  ${answer}: not measured`);
        rows.push({ ...page, skipped: answer });
        continue;
      }
      console.log(`  warning: the page ${answer}`);
    }
    const asUser = page.role === "floor" ? "" : cookie;
    const statements = database.statementStats ? await countStatements(database.url, url, asUser, VIEWS) : null;
    if (statements)
      console.log(`  ${statements.perView.toFixed(1)} SQL statements per view (${VIEWS} sequential views)`);
    const load = await drive(url, asUser, {
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
  printTable(rows, { connections: CONNECTIONS, seconds: SECONDS, statementNote: database.statementStatsNote, ratios });
  printTargets(rows, seed.seconds, ratios);
  const results = toResults(rows, {
    root: ROOT,
    connections: CONNECTIONS,
    seconds: SECONDS,
    seedSeconds: seed.seconds,
    loadAverage: loadAtStart,
  });
  console.log(`\nResults: ${writeResults(RESULTS_DIR, results)}`);
  if (args.compare) printComparison(results, args.compare);
  const broken = rows.filter((row) => row.role !== "floor" && (!row.load || row.load.non2xx + row.load.errors > 0));
  if (SMOKE && broken.length) throw new Error(`smoke run: ${broken.map((row) => row.path).join(", ")} answered errors`);
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
