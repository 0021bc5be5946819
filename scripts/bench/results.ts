// The bench's results as JSON (bench-results/latest.json, git-ignored; the run before it is kept
// beside it under its own date) and `--compare <file>`: each page's change against an earlier run.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageRow } from "./report.ts";

export type BenchResults = {
  date: string;
  commit: string;
  loadAverage: number[];
  connections: number;
  seconds: number;
  seedSeconds: number;
  pages: {
    label: string;
    path: string;
    role: PageRow["role"];
    p50Ms: number | null;
    p95Ms: number | null;
    p99Ms: number | null;
    requestsPerSecond: number | null;
    non2xx: number | null;
    sqlPerView: number | null;
  }[];
};

function commitOf(root: string) {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

export function toResults(
  rows: PageRow[],
  meta: { root: string; connections: number; seconds: number; seedSeconds: number; loadAverage: number[] },
): BenchResults {
  return {
    date: new Date().toISOString(),
    commit: commitOf(meta.root),
    loadAverage: meta.loadAverage.map((value) => Number(value.toFixed(2))),
    connections: meta.connections,
    seconds: meta.seconds,
    seedSeconds: Number(meta.seedSeconds.toFixed(1)),
    pages: rows.map(({ label, path, role, load, statements }) => ({
      label,
      path,
      role,
      p50Ms: load ? Number(load.p50.toFixed(2)) : null,
      p95Ms: load ? Number(load.p95.toFixed(2)) : null,
      p99Ms: load ? Number(load.p99.toFixed(2)) : null,
      requestsPerSecond: load ? Number(load.requestsPerSecond.toFixed(1)) : null,
      non2xx: load ? load.non2xx + load.errors : null,
      sqlPerView: statements ? Number(statements.perView.toFixed(2)) : null,
    })),
  };
}

/** Writes `dir`/latest.json; an earlier latest.json is renamed after its own date first. Returns the file. */
export function writeResults(dir: string, results: BenchResults): string {
  mkdirSync(dir, { recursive: true });
  const latest = path.join(dir, "latest.json");
  if (existsSync(latest)) {
    const earlier = (JSON.parse(readFileSync(latest, "utf8")) as BenchResults).date ?? `${Date.now()}`;
    renameSync(latest, path.join(dir, `${earlier.replace(/[:.]/g, "-")}.json`));
  }
  writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
  return latest;
}

const change = (now: number | null, before: number | null | undefined) =>
  now === null || before === null || before === undefined || before === 0
    ? "–"
    : `${now >= before ? "+" : ""}${(((now - before) / before) * 100).toFixed(0)}%`;

/** Prints each page's throughput, p95 and SQL per view against the same page (by path) in `earlierFile`. */
export function printComparison(results: BenchResults, earlierFile: string) {
  const earlier = JSON.parse(readFileSync(earlierFile, "utf8")) as BenchResults;
  const byPath = new Map(earlier.pages.map((page) => [page.path, page]));
  console.log(
    `\nCompared with ${earlierFile} (commit ${earlier.commit}, ${earlier.date}, load average ${earlier.loadAverage.join(" ")}):`,
  );
  const width = Math.max(40, ...results.pages.map((page) => page.label.length + 2));
  console.log(`${"page".padEnd(width)}${"req/s".padStart(18)}${"p95 ms".padStart(18)}${"SQL/view".padStart(14)}`);
  for (const page of results.pages) {
    const before = byPath.get(page.path);
    const rps = `${before?.requestsPerSecond ?? "–"} → ${page.requestsPerSecond ?? "–"} ${change(page.requestsPerSecond, before?.requestsPerSecond)}`;
    const p95 = `${before?.p95Ms ?? "–"} → ${page.p95Ms ?? "–"} ${change(page.p95Ms, before?.p95Ms)}`;
    const sql = `${before?.sqlPerView ?? "–"} → ${page.sqlPerView ?? "–"}`;
    console.log(`${page.label.padEnd(width)}${rps.padStart(18)}${p95.padStart(18)}${sql.padStart(14)}`);
  }
  if (Math.max(...earlier.loadAverage.slice(0, 1), ...results.loadAverage.slice(0, 1)) > 1)
    console.log("One of the two runs started on a busy machine (load average > 1): read the changes with care.");
}
