// lib/db/migrate.ts applies prisma/migrations the way `prisma migrate deploy` would (ENGINEERING §1).
// Each test migrates its own new database on the test server, so the shared test database is untouched.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { listMigrations, migrate } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, uniqueSuffix } from "@/tests/helpers/databases";

const serverUrl = () => process.env.DATABASE_URL!;
const created: string[] = [];
const tempDirs: string[] = [];

async function freshDatabase() {
  const name = `migrate_${uniqueSuffix()}`;
  created.push(name);
  return createDatabase(serverUrl(), name);
}

async function query<T extends pg.QueryResultRow>(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** A migrations folder with the given migrations (name → SQL). */
function migrationsDir(migrations: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "partner-center-migrations-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

afterAll(async () => {
  await Promise.all(created.map((name) => dropDatabase(serverUrl(), name)));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  const all = listMigrations().map((migration) => migration.name);

  test("a second run applies nothing (idempotent)", async () => {
    const url = await freshDatabase();
    expect(await migrate(url)).toEqual({ applied: all, alreadyApplied: 0 });
    expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: all.length });
    const rows = await query(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((row) => row.migration_name)).toEqual(all);
  });

  test("concurrent runs on a fresh database apply each migration exactly once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all(Array.from({ length: 4 }, () => migrate(url)));
    expect(results.flatMap((result) => result.applied).sort()).toEqual(all);
    expect(results.filter((result) => result.applied.length > 0)).toHaveLength(1);
    const rows = await query(
      url,
      `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1`,
    );
    expect(rows).toEqual(all.map((name) => ({ migration_name: name, n: 1 })));
  });

  test("a migration changed after it was applied is refused, and nothing runs", async () => {
    const url = await freshDatabase();
    const dir = migrationsDir({ "20260101000000_probe": "CREATE TABLE probe (id int);" });
    await migrate(url, dir);
    writeFileSync(path.join(dir, "20260101000000_probe", "migration.sql"), "CREATE TABLE probe (id bigint);");
    mkdirSync(path.join(dir, "20260102000000_next"));
    writeFileSync(path.join(dir, "20260102000000_next", "migration.sql"), "CREATE TABLE probe_next (id int);");
    await expect(migrate(url, dir)).rejects.toThrow("migration 20260101000000_probe was changed after it was applied");
    const tables = await query(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'probe%'`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(["probe"]);
  });

  test("a failing migration is rolled back and not recorded, so a fixed one can run", async () => {
    const url = await freshDatabase();
    const dir = migrationsDir({
      "20260101000000_broken": "CREATE TABLE half_done (id int); SELECT no_such_column FROM half_done;",
    });
    await expect(migrate(url, dir)).rejects.toThrow("migration 20260101000000_broken failed");
    expect(await query(url, `SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);
    expect(await query(url, `SELECT * FROM "_prisma_migrations"`)).toEqual([]);
    writeFileSync(path.join(dir, "20260101000000_broken", "migration.sql"), "CREATE TABLE half_done (id int);");
    expect(await migrate(url, dir)).toEqual({ applied: ["20260101000000_broken"], alreadyApplied: 0 });
  });
});
