// Expand/contract (ARCHITECTURE.md): the migration step refuses a pending migration that drops or
// renames a column or table unless the migration declares it as a contract step.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { assertExpandOnly, destructiveChanges } from "@/lib/db/migration-check";
import { listMigrations, migrate } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, uniqueSuffix } from "@/tests/helpers/databases";

const serverUrl = () => process.env.DATABASE_URL!;
const created: string[] = [];
const tempDirs: string[] = [];

function migrationsDir(migrations: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "partner-center-contract-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function tables(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ name: string }>(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'widgets' ORDER BY 1`,
    );
    return rows.rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await Promise.all(created.map((name) => dropDatabase(serverUrl(), name)));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const expand = `CREATE TABLE "widgets" ("id" INT PRIMARY KEY, "label" TEXT, "old_label" TEXT);`;

describe("expand/contract migration check", () => {
  test("finds dropped and renamed columns and tables, and nothing else", () => {
    const sql = `
      -- ALTER TABLE "a" DROP COLUMN "in_a_comment";
      ALTER TABLE "widgets" DROP COLUMN "old_label", ADD COLUMN "x" INT;
      ALTER TABLE widgets RENAME COLUMN label TO title;
      ALTER TABLE "widgets" RENAME "size" TO "dimension";
      ALTER TABLE "gadgets" RENAME TO "devices";
      DROP TABLE IF EXISTS "sprockets" CASCADE;
      ALTER TABLE "widgets" DROP CONSTRAINT "widgets_fkey", ALTER COLUMN "x" DROP NOT NULL, ALTER COLUMN "x" DROP DEFAULT;
      ALTER TABLE "widgets" RENAME CONSTRAINT "a" TO "b";
      DROP INDEX "widgets_x_idx";`;
    expect(destructiveChanges(sql).map((change) => change.object)).toEqual([
      "widgets.old_label",
      "widgets.label",
      "widgets.size",
      "gadgets",
      "sprockets",
    ]);
  });

  test("every shipped migration passes (they only expand)", () => {
    for (const migration of listMigrations())
      expect(() => assertExpandOnly(migration.name, migration.sql)).not.toThrow();
  });

  test("a pending migration dropping a column is refused before anything runs; declared as a contract step it runs", async () => {
    const name = `contract_${uniqueSuffix()}`;
    created.push(name);
    const url = await createDatabase(serverUrl(), name);
    await migrate(url, migrationsDir({ "1_expand": expand }));

    const drop = `ALTER TABLE "widgets" DROP COLUMN "old_label";`;
    const refused = migrationsDir({
      "1_expand": expand,
      "2_add": `ALTER TABLE "widgets" ADD COLUMN "n" INT;`,
      "3_drop": drop,
    });
    await expect(migrate(url, refused)).rejects.toThrow(
      /migration 3_drop drops or renames widgets\.old_label, which the running release may still read/,
    );
    // Nothing ran, not even the harmless migration before it.
    expect(await tables(url)).toEqual(["widgets.id", "widgets.label", "widgets.old_label"]);

    const declared = migrationsDir({ "1_expand": expand, "2_drop": `-- contract: widgets.old_label\n${drop}` });
    expect(await migrate(url, declared)).toEqual({ applied: ["2_drop"], alreadyApplied: 1 });
    expect(await tables(url)).toEqual(["widgets.id", "widgets.label"]);
  });
});
