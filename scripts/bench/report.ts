// The printed result: one table row per page, then each ENGINEERING §4 target with pass/fail.
import type { LoadResult } from "./load.ts";
import type { StatementCount } from "./statements.ts";

export type PageRow = {
  label: string;
  path: string;
  /** Why there are no numbers (e.g. "not built yet"). */
  skipped?: string;
  load?: LoadResult;
  statements?: StatementCount | null;
  role: "empty" | "customers" | "list" | "reference";
};

export const TARGETS = { customersP95Ms: 150, throughputShare: 0.7, statementsPerView: 6, seedSeconds: 60 } as const;

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? "–"
    : value < 1
      ? value.toFixed(2)
      : value < 10
        ? value.toFixed(1)
        : value.toFixed(0);
const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

export function printTable(rows: PageRow[], connections: number, seconds: number, statementNote: string) {
  const empty = rows.find((row) => row.role === "empty")?.load;
  const header = ["page", "p50 ms", "p95 ms", "p99 ms", "req/s", "vs empty", "non-2xx", "SQL/view"];
  const widths = [Math.max(44, ...rows.map((row) => `${row.label} ${row.path}`.length)), 8, 8, 8, 8, 9, 8, 9];
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i], i > 0)).join(" ");
  console.log(
    `\nLoad: ${connections} connections, ${seconds} s per page after a warm-up; latency measured per response.`,
  );
  console.log(`SQL/view: ${statementNote}.\n`);
  console.log(line(header));
  console.log("─".repeat(widths.reduce((sum, width) => sum + width + 1, -1)));
  for (const row of rows) {
    const name = `${row.label} ${row.path}`;
    if (row.skipped || !row.load) {
      console.log(`${pad(name, widths[0])} ${row.skipped ?? "not measured"}`);
      continue;
    }
    const { load } = row;
    const share = empty ? `${((load.requestsPerSecond / empty.requestsPerSecond) * 100).toFixed(0)}%` : "–";
    const statements = row.statements ? row.statements.perView.toFixed(1) : "n/a";
    console.log(
      line([
        name,
        ms(load.p50),
        ms(load.p95),
        ms(load.p99),
        load.requestsPerSecond.toFixed(1),
        share,
        String(load.non2xx + load.errors),
        statements,
      ]),
    );
  }
}

export function printTargets(rows: PageRow[], seedSeconds: number) {
  const empty = rows.find((row) => row.role === "empty")?.load;
  const results: [string, string, string][] = [
    [`Seeding ≤ ${TARGETS.seedSeconds} s`, `${seedSeconds.toFixed(1)} s`, verdict(seedSeconds <= TARGETS.seedSeconds)],
  ];
  // The Customers page and its variants carry the targets; a variant that couldn't be measured fails them.
  // The other lists are held to the same numbers for reference only.
  for (const row of rows.filter((r) => r.role === "customers" || r.role === "list")) {
    const binding = row.role === "customers";
    const reference = binding ? "" : " (reference only)";
    const name = `${row.label} ${row.path}`;
    const p95 = `${name}: p95 ≤ ${TARGETS.customersP95Ms} ms${reference}`;
    const throughput = `${name}: req/s ≥ ${TARGETS.throughputShare * 100}% of empty page${reference}`;
    const statements = `${name}: ≤ ${TARGETS.statementsPerView} SQL statements per view${reference}`;
    if (!row.load) {
      const outcome = binding ? "FAIL" : "n/a";
      for (const target of [p95, throughput, statements])
        results.push([target, row.skipped ?? "not measured", outcome]);
      continue;
    }
    const share = empty ? row.load.requestsPerSecond / empty.requestsPerSecond : Number.NaN;
    const errors = row.load.non2xx + row.load.errors;
    results.push([
      p95,
      `${ms(row.load.p95)} ms${errors ? ` (${errors} non-2xx)` : ""}`,
      verdict(row.load.p95 <= TARGETS.customersP95Ms && errors === 0),
    ]);
    results.push([throughput, `${(share * 100).toFixed(0)}%`, verdict(share >= TARGETS.throughputShare)]);
    const perView = row.statements?.perView;
    results.push([
      statements,
      perView === undefined ? "n/a" : perView.toFixed(1),
      perView === undefined ? "n/a" : verdict(perView <= TARGETS.statementsPerView),
    ]);
  }
  for (const row of rows.filter((r) => r.load && r.role !== "customers" && r.role !== "list")) {
    const perView = row.statements?.perView;
    results.push([
      `${row.label} ${row.path}: SQL statements per view (reference)`,
      perView === undefined ? "n/a" : perView.toFixed(1),
      "–",
    ]);
  }
  const width = Math.max(...results.map(([name]) => name.length)) + 2;
  console.log(`\nTargets (ENGINEERING §4)\n${"─".repeat(width + 30)}`);
  for (const [name, measured, result] of results) console.log(`${pad(name, width)}${pad(measured, 18)}${result}`);
  const customers = results.filter(([name]) => !name.includes("(reference") && !name.startsWith("Seeding"));
  const met = customers.filter(([, , result]) => result === "PASS").length;
  console.log(
    `\nCustomers page: ${met} of ${customers.length} targets met${met === customers.length ? "" : ` — ${customers.length - met} missed`}.`,
  );
}

/** What each page's statements were, per view, with their mean time (from the sequential run). */
export function printStatements(rows: PageRow[]) {
  console.log("\nStatements per page view (pg_stat_statements, sequential requests; mean execution time):");
  for (const row of rows) {
    if (!row.statements) continue;
    console.log(`\n  ${row.path}  — ${row.statements.perView.toFixed(1)} per view`);
    for (const statement of row.statements.statements.slice(0, 20)) {
      console.log(
        `    ${statement.perView.toFixed(2).padStart(5)} × ${ms(statement.meanMs).padStart(5)} ms  ${statement.query}`,
      );
    }
  }
}
