// The bench's database: a fresh embedded PostgreSQL in a temp dir with pg_stat_statements
// preloaded, or (DATABASE_URL given) a fresh uniquely named database on that server, dropped
// afterwards. Either way the schema comes from the project's own migrate step.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.ts";
import { ensureDatabase, migrate } from "../../lib/db/migrate.ts";

export type BenchDatabase = {
  url: string;
  /** Where it runs, for the report. */
  description: string;
  /** Whether pg_stat_statements answers in this database (statement counts need it). */
  statementStats: boolean;
  statementStatsNote: string;
  dispose: () => Promise<void>;
};

// Bench-only server settings: count statements, and no checkpoints in the middle of the bulk load.
const EMBEDDED_FLAGS = [
  "-c",
  "shared_preload_libraries=pg_stat_statements",
  "-c",
  "pg_stat_statements.track=top",
  "-c",
  "pg_stat_statements.max=10000",
  "-c",
  "max_wal_size=4GB",
  "-c",
  "checkpoint_timeout=30min",
  "-c",
  "synchronous_commit=off",
];

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function openBenchDatabase(externalUrl: string | undefined): Promise<BenchDatabase> {
  if (externalUrl) return openExternal(externalUrl);
  const dir = mkdtempSync(path.join(os.tmpdir(), "partner-center-bench-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(dir, "postgres"),
      preferredPort: 55432,
      quiet: true,
      postgresFlags: EMBEDDED_FLAGS,
    });
    const url = postgres.url("partner_center_bench");
    const dispose = async () => {
      await postgres.stop().catch(() => {});
      removeDir();
    };
    try {
      await ensureDatabase(url);
      await migrate(url);
      const stats = await enableStatementStats(url);
      return {
        url,
        description: `embedded PostgreSQL on 127.0.0.1:${postgres.port} (temp dir ${dir})`,
        ...stats,
        dispose,
      };
    } catch (error) {
      await dispose();
      throw error;
    }
  } catch (error) {
    removeDir();
    throw error;
  }
}

async function openExternal(serverUrl: string): Promise<BenchDatabase> {
  const name = `partner_center_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const benchUrl = url.toString();
  await ensureDatabase(benchUrl);
  const dispose = async () => {
    const admin = new URL(serverUrl);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  try {
    await migrate(benchUrl);
    const stats = await enableStatementStats(benchUrl);
    return {
      url: benchUrl,
      description: `database ${name} on DATABASE_URL's server (dropped afterwards)`,
      ...stats,
      dispose,
    };
  } catch (error) {
    await dispose().catch(() => {});
    throw error;
  }
}

/** Creates the pg_stat_statements view in the bench database and checks it answers. */
async function enableStatementStats(url: string): Promise<{ statementStats: boolean; statementStatsNote: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await client.query("SELECT count(*) FROM pg_stat_statements");
    return {
      statementStats: true,
      statementStatsNote: "pg_stat_statements: calls delta over sequential requests ÷ requests",
    };
  } catch (error) {
    // Usually: the server wasn't started with shared_preload_libraries=pg_stat_statements.
    return {
      statementStats: false,
      statementStatsNote: `pg_stat_statements unavailable (${(error as Error).message.split("\n")[0]})`,
    };
  } finally {
    await client.end();
  }
}
