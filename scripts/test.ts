// `npm test` runs everything (ENGINEERING §4): Prisma client → Chromium → fresh PostgreSQL →
// vitest (unit + integration) beside `next build` → Playwright against the production server (lib/server/main.ts).
// Every stage that can run does; the exit status is non-zero if any failed. It ends with the slowest
// test files and the line "N passed, N failed".
import "../tests/setup/server-only-hook.mjs";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Env, freePort, killAllNow, run, startServer, waitForHttp } from "@/tests/setup/processes";
import { checkServerLog } from "@/tests/setup/check-server-log";
import { provisionDatabases } from "@/tests/setup/provision-databases";
import { findPgTools } from "@/tests/helpers/pg-tools";
import { aptInstall } from "./apt.ts";
import { findChromium } from "./find-chromium.ts";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const runDir = mkdtempSync(path.join(os.tmpdir(), "partner-center-test-"));
const bin = (file: string) => path.join(root, "node_modules", file);
const node = process.execPath;
const baseEnv: Env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

type Result = {
  stage: string;
  status: "ok" | "failed" | "skipped";
  passed?: number;
  failed?: number;
  note?: string;
  seconds?: number;
};
const results: Result[] = [];
const cleanups: (() => Promise<void>)[] = [];

let aborting = false; // set on Ctrl-C / SIGTERM: start nothing new

function banner(title: string) {
  if (!aborting) console.log(`\n━━━ ${title} ━━━`);
}

async function timed(stage: string, fn: () => Promise<Omit<Result, "stage" | "seconds">>): Promise<Result> {
  if (aborting) throw new Error("aborted");
  const started = Date.now();
  let result: Result;
  try {
    result = { stage, ...(await fn()) };
  } catch (error) {
    const message = error instanceof Error ? error.message : `failed: ${String(error)}`;
    console.error(`${stage}: ${message}`);
    result = { stage, status: "failed", note: message };
  }
  result.seconds = (Date.now() - started) / 1000;
  results.push(result);
  return result;
}

function readJson(file: string) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

async function vitest(databaseUrl: string) {
  const report = path.join(runDir, "vitest.json");
  const env = { ...baseEnv, DATABASE_URL: databaseUrl, TEST_DATABASE_URL: databaseUrl };
  const code = await run(
    node,
    [bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    env,
  );
  const json = readJson(report);
  const passed = json?.numPassedTests ?? 0;
  // Trust the report as well as the exit status (a stray exit hook once turned a failure into 0).
  const ok = code === 0 && json?.success === true;
  // A file that fails to load has no failed tests but fails the run: count it.
  const failed = (json?.numFailedTests ?? 0) || (ok ? 0 : Math.max(1, json?.numFailedTestSuites ?? 0));
  return {
    status: ok ? "ok" : "failed",
    passed,
    failed,
    note: ok ? undefined : `exit status ${code}${json ? "" : ", no JSON report"}`,
  } as const;
}

/** The SMTP mail catcher from lib/dev-mail (another engineer's module), if it exists yet. */
async function startMailCatcher(dir: string) {
  const file = path.join(root, "lib/dev-mail/mail-catcher.ts");
  if (!existsSync(file)) return null;
  const { startMailCatcher } = await import(pathToFileURL(file).href);
  const catcher: { port: number; url?: string; stop: () => Promise<void> } = await startMailCatcher({ dir, port: 0 });
  cleanups.push(() => catcher.stop());
  return catcher.url?.startsWith("smtp") ? catcher.url : `smtp://127.0.0.1:${catcher.port}`;
}

async function e2e(databaseUrl: string, chromium: string) {
  const notes: string[] = [];
  const mailboxDir = path.join(runDir, "mailbox");
  mkdirSync(mailboxDir);
  const smtpUrl = await startMailCatcher(mailboxDir);
  if (!smtpUrl) notes.push("no lib/dev-mail/mail-catcher.ts: ran without SMTP");

  if (existsSync(path.join(root, "prisma/seed-demo.ts"))) {
    const seedEnv = { ...baseEnv, DATABASE_URL: databaseUrl };
    const hook = path.join(root, "tests/setup/server-only-hook.mjs");
    const code = await run(node, ["--import", "tsx", "--import", hook, "tests/setup/seed-demo-e2e.ts"], seedEnv);
    if (code !== 0)
      return { status: "failed", failed: 1, note: `seeding the demo data failed (exit status ${code})` } as const;
  } else {
    notes.push("no prisma/seed-demo.ts: ran without demo data");
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { NODE_ENV: _ignored, ...env } = baseEnv;
  const appEnv: Env = {
    ...env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"), // fresh per run, never stored
    AUTH_TRUST_HOST: "true",
    APP_URL: baseUrl,
    MAILBOX_DIR: mailboxDir,
    EMAIL_WORKER_INTERVAL_MS: "200", // tests wait for mail in the Mailbox: deliver within a fifth of a second
    ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}),
  };
  const serverLog = path.join(runDir, "server.log");
  const server = startServer(
    node,
    ["--import", "tsx", "lib/server/main.ts", "-p", String(port), "-H", "127.0.0.1"],
    { ...appEnv, NODE_ENV: "production" },
    serverLog,
  );
  cleanups.push(server.stop);
  try {
    await waitForHttp(baseUrl, server, 90_000);
  } catch (error) {
    printTail(serverLog);
    return { status: "failed", failed: 1, note: `server: ${(error as Error).message}` } as const;
  }
  console.log(`the production server is up on ${baseUrl} (log: ${serverLog})`);

  const report = path.join(runDir, "playwright.json");
  const code = await run(node, [bin("@playwright/test/cli.js"), "test", "--pass-with-no-tests"], {
    ...appEnv,
    PLAYWRIGHT_BASE_URL: baseUrl,
    PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
    PLAYWRIGHT_JSON_REPORT: report,
    E2E_SECRETS_FILE: path.join(runDir, "e2e-secrets.txt"), // read by the log check below
    PLAYWRIGHT_OUTPUT_DIR: path.join(runDir, "playwright"), // traces and screenshots of failures
  });
  await server.stop();
  if (code !== 0) printTail(serverLog);
  const stats = readJson(report)?.stats;
  const passed = stats?.expected ?? 0;
  const ok = code === 0 && stats !== undefined && stats.unexpected === 0 && stats.flaky === 0;
  const failed = (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) || (ok ? 0 : 1);
  if (!ok) notes.push(`exit status ${code}${stats ? "" : ", no JSON report"}`);
  return { status: ok ? "ok" : "failed", passed, failed, note: notes.join("; ") || undefined } as const;
}

async function benchSmoke(databaseUrl: string) {
  const log = path.join(runDir, "bench.log");
  const env = { ...baseEnv, DATABASE_URL: databaseUrl, BENCH_SCALE: "0.02", BENCH_RESULTS_DIR: runDir };
  const code = await run(node, ["--import", "tsx", "scripts/bench.ts", "--smoke"], env, log);
  if (code !== 0) printTail(log);
  return code === 0 ? ({ status: "ok" } as const) : ({ status: "failed", failed: 1, note: `log: ${log}` } as const);
}

function printTail(file: string, lines = 40) {
  if (!existsSync(file)) return;
  console.log(
    `── last ${lines} lines of ${file} ──\n${readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")}`,
  );
}

/** ESLint and Prettier's check side by side (one core each); any finding fails the run before the suites. */
async function lint() {
  const [eslint, prettier] = await Promise.all([
    run(node, [bin("eslint/bin/eslint.js"), "--max-warnings=0", "."], baseEnv),
    run(node, [bin("prettier/bin/prettier.cjs"), "--check", "--log-level=warn", "."], baseEnv),
  ]);
  const failures = [
    eslint !== 0 && "ESLint found problems",
    prettier !== 0 && "Prettier: files not formatted (npm run format)",
  ];
  const note = failures.filter(Boolean).join("; ");
  return note ? ({ status: "failed", failed: 1, note } as const) : ({ status: "ok" } as const);
}

async function main() {
  banner("Lint and format");
  const linted = await timed("lint", lint);
  if (linted.status === "failed") return;

  banner("Prisma client");
  const generated = await timed("generate", async () => {
    const code = await run(node, [bin("tsx/dist/cli.mjs"), "scripts/generate.ts"], baseEnv);
    return code === 0 ? { status: "ok" } : { status: "failed", note: `exit status ${code}` };
  });
  if (generated.status === "failed") return;

  let chromium = "";
  const browser = await timed("chromium", async () => {
    chromium = findChromium({ install: true });
    // The backup test (tests/integration/backup-restore.test.ts) needs the system's pg_dump/pg_restore.
    if (!findPgTools()) aptInstall(["postgresql"], "pg_dump/pg_restore are missing");
    return { status: "ok", note: chromium };
  });
  if (browser.status === "failed") return;

  banner("PostgreSQL");
  let urls: { test: string; e2e: string } | undefined;
  const database = await timed("postgres", async () => {
    const databases = await provisionDatabases(["test", "e2e"]);
    cleanups.push(databases.dispose);
    urls = databases.urls;
    console.log(`fresh databases on ${databases.server}`);
    return { status: "ok", note: databases.server };
  });
  if (database.status === "failed" || !urls) return;

  // The build runs beside vitest (which waits on PostgreSQL much of the time); its output goes to a log.
  banner("vitest: unit and integration tests (next build beside it)");
  const buildLog = path.join(runDir, "build.log");
  const [, built] = await Promise.all([
    timed("vitest", () => vitest(urls!.test)),
    timed("build", async () => {
      const { DATABASE_URL: _noDatabase, NODE_ENV: _noEnv, ...env } = baseEnv; // the build must not need a database
      const code = await run(node, [bin("next/dist/bin/next"), "build"], env, buildLog);
      if (code !== 0) printTail(buildLog, 60);
      return code === 0 ? { status: "ok" } : { status: "failed", failed: 1, note: `exit status ${code}` };
    }),
  ]);

  banner("Playwright: end-to-end tests against the production server");
  if (built.status === "ok") await timed("e2e", () => e2e(urls!.e2e, chromium));
  else results.push({ stage: "e2e", status: "skipped", note: "the build failed" });

  // The bench on a tiny dataset for two seconds a page, so it can't rot unnoticed (issue 18).
  banner("Bench smoke run");
  if (built.status === "ok") await timed("bench", () => benchSmoke(urls!.e2e));
  else results.push({ stage: "bench", status: "skipped", note: "the build failed" });

  banner("Server log: no passwords or tokens");
  await timed("log", async () => checkServerLog(runDir));
}

type PlaywrightSuite = {
  file?: string;
  specs?: { tests: { results: { duration: number }[] }[] }[];
  suites?: PlaywrightSuite[];
};

/** Seconds spent in each spec file (summed over workers), from Playwright's and vitest's JSON reports. */
function fileSeconds(): [string, number][] {
  const seconds = new Map<string, number>();
  const add = (file: string, ms: number) => seconds.set(file, (seconds.get(file) ?? 0) + ms / 1000);
  const walk = (suite: PlaywrightSuite, file: string) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests) for (const result of test.results) add(file, result.duration);
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of (readJson(path.join(runDir, "playwright.json"))?.suites ?? []) as PlaywrightSuite[])
    walk(suite, `tests/e2e/${suite.file}`);
  for (const file of readJson(path.join(runDir, "vitest.json"))?.testResults ?? [])
    add(path.relative(root, file.name), file.endTime - file.startTime);
  return [...seconds].sort((a, b) => b[1] - a[1]);
}

function printSlowest(count = 10) {
  const slowest = fileSeconds().slice(0, count);
  if (slowest.length === 0) return;
  const lines = slowest.map(([file, seconds]) => `${seconds.toFixed(1).padStart(7)} s  ${file}`);
  console.log(`\n━━━ the ${slowest.length} slowest test files ━━━\n${lines.join("\n")}`);
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse())
    await cleanup().catch((error) => console.error(`cleanup: ${error.message}`));
  cleanups.length = 0;
}

/** Prints the summary, writes it to TEST_SUMMARY_FILE if set (.ci/run), and returns the exit status. */
function summarize(): number {
  const passed = results.reduce((sum, r) => sum + (r.passed ?? 0), 0);
  // A failed stage without test counts (generate, database, build…) counts as one failure.
  const failed = results.reduce((sum, r) => sum + (r.failed ?? (r.status === "failed" ? 1 : 0)), 0);
  const lines = results.map((r) => {
    const counts = r.passed !== undefined ? `${r.passed} passed, ${r.failed ?? 0} failed` : "";
    const time = r.seconds !== undefined ? `${r.seconds.toFixed(1)} s` : "";
    return `${r.stage.padEnd(9)} ${r.status.padEnd(8)} ${counts.padEnd(22)} ${time.padStart(8)}  ${r.note ?? ""}`.trimEnd();
  });
  const total = `${passed} passed, ${failed} failed`;
  printSlowest();
  console.log(`\n━━━ summary ━━━\n${lines.join("\n")}\n${total}`);
  if (process.env.TEST_SUMMARY_FILE) writeFileSync(process.env.TEST_SUMMARY_FILE, `${total}\n`);
  return results.some((r) => r.status === "failed") ? 1 : 0;
}

process.on("exit", () => killAllNow());
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the test run…`);
    aborting = true;
    killAllNow({ abort: true });
    void cleanUp().finally(() => {
      rmSync(runDir, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

try {
  await main();
} catch (error) {
  if (!aborting) results.push({ stage: "runner", status: "failed", note: (error as Error).stack ?? String(error) });
}
// After Ctrl-C the signal handler cleans up and exits with 130.
if (!aborting) {
  await cleanUp();
  const status = summarize();
  if (status === 0) rmSync(runDir, { recursive: true, force: true });
  else console.log(`logs and reports kept in ${runDir}`);
  process.exit(status);
}
