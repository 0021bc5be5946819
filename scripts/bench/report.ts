// The printed result: one table row per page (throughput as a share of the floor page's and of the
// empty signed-in page's), then each ENGINEERING §4 target with pass/fail. Ratios only mean something
// on a quiet machine: with `ratios` false (load average above 1 at the start) they are left out.
import type { LoadResult } from "./load.ts";
import type { StatementCount } from "./statements.ts";

export type PageRow = {
  label: string;
  path: string;
  /** Why there are no numbers (e.g. "not built yet"). */
  skipped?: string;
  load?: LoadResult;
  statements?: StatementCount | null;
  role: "floor" | "empty" | "customers" | "list" | "reference";
};

export const TARGETS = {
  emptyShareOfFloor: 0.6,
  listShareOfFloor: 0.5,
  listShareOfEmpty: 0.8,
  p95TimesFloor: 2.5,
  statementsPerView: 6,
  seedSeconds: 60,
} as const;

const loadOf = (rows: PageRow[], role: PageRow["role"]) => rows.find((row) => row.role === role)?.load;
const percent = (value: number) => `${(value * 100).toFixed(0)}%`;

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

export function printTable(
  rows: PageRow[],
  {
    connections,
    seconds,
    statementNote,
    ratios,
  }: { connections: number; seconds: number; statementNote: string; ratios: boolean },
) {
  const floor = ratios ? loadOf(rows, "floor") : undefined;
  const empty = ratios ? loadOf(rows, "empty") : undefined;
  const header = ["page", "p50 ms", "p95 ms", "p99 ms", "req/s", "vs floor", "vs empty", "non-2xx", "SQL/view"];
  const widths = [Math.max(44, ...rows.map((row) => `${row.label} ${row.path}`.length)), 8, 8, 8, 8, 9, 9, 8, 9];
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
    const share = (base?: typeof load) => (base ? percent(load.requestsPerSecond / base.requestsPerSecond) : "–");
    const statements = row.statements ? row.statements.perView.toFixed(1) : "n/a";
    console.log(
      line([
        name,
        ms(load.p50),
        ms(load.p95),
        ms(load.p99),
        load.requestsPerSecond.toFixed(1),
        share(floor),
        share(empty),
        String(load.non2xx + load.errors),
        statements,
      ]),
    );
  }
}

export function printTargets(rows: PageRow[], seedSeconds: number, ratios: boolean) {
  const floor = loadOf(rows, "floor");
  const empty = loadOf(rows, "empty");
  const results: [string, string, string][] = [
    [`Seeding ≤ ${TARGETS.seedSeconds} s`, `${seedSeconds.toFixed(1)} s`, verdict(seedSeconds <= TARGETS.seedSeconds)],
  ];
  const share = (load: LoadResult, base: LoadResult | undefined, minimum: number): [string, string] =>
    !ratios || !base
      ? [ratios ? "no base page" : "not reported (busy machine)", "n/a"]
      : [
          percent(load.requestsPerSecond / base.requestsPerSecond),
          verdict(load.requestsPerSecond >= minimum * base.requestsPerSecond),
        ];
  if (empty)
    results.push([
      `Empty page: req/s ≥ ${percent(TARGETS.emptyShareOfFloor)} of the floor`,
      ...share(empty, floor, TARGETS.emptyShareOfFloor),
    ]);
  // The Customers page, its variants and every list carry the targets; one that couldn't be measured fails them.
  for (const row of rows.filter((r) => r.role === "customers" || r.role === "list")) {
    const name = `${row.label} ${row.path}`;
    const targets = [
      `${name}: req/s ≥ ${percent(TARGETS.listShareOfFloor)} of the floor`,
      `${name}: req/s ≥ ${percent(TARGETS.listShareOfEmpty)} of the empty page`,
      `${name}: p95 ≤ ${TARGETS.p95TimesFloor}× the floor's`,
      `${name}: ≤ ${TARGETS.statementsPerView} SQL statements per view`,
    ];
    if (!row.load) {
      for (const target of targets) results.push([target, row.skipped ?? "not measured", "FAIL"]);
      continue;
    }
    const { load } = row;
    const errors = load.non2xx + load.errors;
    results.push([targets[0], ...share(load, floor, TARGETS.listShareOfFloor)]);
    results.push([targets[1], ...share(load, empty, TARGETS.listShareOfEmpty)]);
    results.push([
      targets[2],
      `${ms(load.p95)} ms${floor ? ` (${(load.p95 / floor.p95).toFixed(1)}×)` : ""}${errors ? `, ${errors} non-2xx` : ""}`,
      !ratios || !floor ? "n/a" : verdict(load.p95 <= TARGETS.p95TimesFloor * floor.p95 && errors === 0),
    ]);
    const perView = row.statements?.perView;
    results.push([
      targets[3],
      perView === undefined ? "n/a" : perView.toFixed(1),
      perView === undefined ? "n/a" : verdict(perView <= TARGETS.statementsPerView),
    ]);
  }
  for (const row of rows.filter((r) => r.load && (r.role === "empty" || r.role === "reference"))) {
    const perView = row.statements?.perView;
    results.push([
      `${row.label} ${row.path}: SQL statements per view (reference)`,
      perView === undefined ? "n/a" : perView.toFixed(1),
      "–",
    ]);
  }
  const width = Math.max(...results.map(([name]) => name.length)) + 2;
  console.log(`\nTargets (ENGINEERING §4)\n${"─".repeat(width + 30)}`);
  for (const [name, measured, result] of results) console.log(`${pad(name, width)}${pad(measured, 28)}${result}`);
  const judged = results.filter(([, , result]) => result === "PASS" || result === "FAIL");
  const met = judged.filter(([, , result]) => result === "PASS").length;
  console.log(
    `\n${met} of ${judged.length} judged targets met${met === judged.length ? "" : ` — ${judged.length - met} missed`}.`,
  );
  if (!ratios)
    console.log("Ratios and p95 against the floor are not judged: the machine was busy when the bench started.");
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
