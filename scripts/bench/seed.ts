// Loads the bench dataset with set-based SQL (INSERT … SELECT generate_series) on a few
// parallel connections: phase A (helpers, tenants, partner organizations) on one, then users +
// audit events, programs + provider links, and customer relationships side by side.
import { hash, type Algorithm } from "@node-rs/argon2";
import pg from "pg";
import { CUSTOMER_RELATIONSHIPS, COUNTS, FINISH } from "./seed-customers.ts";
import { BENCH_ADMIN_EMAIL, BENCH_DOMAIN, HELPERS_AND_TENANTS, PROGRAMS, USERS_AND_AUDIT } from "./seed-partners.ts";

/** The password of every bench user (admins need at least 15 characters). */
export const BENCH_PASSWORD = "Bench-Partner-2026!";
export { BENCH_ADMIN_EMAIL };

// lib/auth/password.ts's parameters (that module is server-only): argon2id, 19 MiB, 2 passes, 1 lane.
const ARGON2 = { algorithm: 2 as Algorithm /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export type SeedResult = { seconds: number; counts: Record<string, number>; steps: string[] };

type Step = [sql: string, params: unknown[]];

async function runSteps(url: string, label: string, steps: Step[], log: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Bulk load: no synchronous commit wait, generous memory for sorts and index builds.
    await client.query("SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'");
    for (const [index, [sql, params]] of steps.entries()) {
      const started = performance.now();
      const result = await client.query(sql, params);
      const rows = result.rowCount ?? 0;
      log.push(
        `${label}#${index + 1}: ${rows ? `${rows} rows, ` : ""}${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await client.end();
  }
}

export async function seedBench(url: string): Promise<SeedResult> {
  const started = performance.now();
  const steps: string[] = [];
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2); // once: every user shares it
  const agreementVersion = process.env.PARTNER_AGREEMENT_VERSION ?? "2026-01";

  await runSteps(
    url,
    "tenants",
    HELPERS_AND_TENANTS.map((sql) => [sql, []]),
    steps,
  );
  await Promise.all([
    runSteps(url, "users+audit", USERS_AND_AUDIT(passwordHash), steps),
    runSteps(url, "programs", PROGRAMS(agreementVersion), steps),
    runSteps(
      url,
      "customers",
      CUSTOMER_RELATIONSHIPS.map((sql) => [sql, []]),
      steps,
    ),
  ]);
  await runSteps(
    url,
    "finish",
    FINISH.map((sql) => [sql, []]),
    steps,
  );
  const seconds = (performance.now() - started) / 1000;

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(COUNTS, [BENCH_DOMAIN]);
    const counts = Object.fromEntries(
      Object.entries(rows[0] as Record<string, string>).map(([key, value]) => [key, Number(value)]),
    );
    return { seconds, counts, steps };
  } finally {
    await client.end();
  }
}
