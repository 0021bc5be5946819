// Proves the migrated database matches prisma/schema.prisma (ENGINEERING §1): the hand-written
// SQL migrations must create exactly what Prisma's schema describes, or the client misbehaves.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import {
  expectedColumns,
  expectedForeignKeys,
  expectedIndexes,
  loadDatamodel,
  tableOf,
} from "@/tests/helpers/datamodel";
import { sql } from "@/tests/helpers/db";
import {
  type DbColumn,
  readColumns,
  readEnums,
  readForeignKeys,
  readIndexes,
  readTables,
} from "@/tests/helpers/pg-catalog";

const MIGRATIONS_TABLE = "_prisma_migrations";
const datamodel = loadDatamodel();

/** Items of `expected` missing from `actual` and the reverse, as readable lines. */
function setDifference(expected: string[], actual: string[]) {
  const actualSet = new Set(actual);
  const expectedSet = new Set(expected);
  return [
    ...expected.filter((item) => !actualSet.has(item)).map((item) => `missing in database: ${item}`),
    ...actual.filter((item) => !expectedSet.has(item)).map((item) => `in database but not in schema.prisma: ${item}`),
  ];
}

describe("schema drift: the migrated database matches prisma/schema.prisma", () => {
  let columns: DbColumn[];

  beforeAll(async () => {
    columns = (await readColumns(sql())).filter((column) => column.table !== MIGRATIONS_TABLE);
  });

  test("every model has its table, and the database has no other tables", async () => {
    const expected = datamodel.models.map(tableOf);
    const actual = (await readTables(sql())).filter((table) => table !== MIGRATIONS_TABLE);
    expect(setDifference(expected, actual)).toEqual([]);
  });

  test("every scalar field has its column with the right type and nullability, and there are no extra columns", () => {
    const expected = expectedColumns(datamodel);
    const actual = new Map(columns.map((column) => [`${column.table}.${column.column}`, column]));
    const differences: string[] = [];
    for (const want of expected) {
      const name = `${want.table}.${want.column}`;
      const have = actual.get(name);
      if (!have) {
        differences.push(
          `${name}: column missing (schema.prisma: ${want.type}${want.nullable ? " NULL" : " NOT NULL"})`,
        );
        continue;
      }
      if (have.type !== want.type) differences.push(`${name}: type is ${have.type}, schema.prisma says ${want.type}`);
      if (have.nullable !== want.nullable)
        differences.push(
          `${name}: is ${have.nullable ? "NULL" : "NOT NULL"}, schema.prisma says ${want.nullable ? "optional (NULL)" : "required (NOT NULL)"}`,
        );
      actual.delete(name);
    }
    const modelTables = new Set(datamodel.models.map(tableOf));
    for (const [name, extra] of actual) {
      if (modelTables.has(extra.table))
        differences.push(`${name}: column in database but not in schema.prisma (${extra.type})`);
    }
    expect(differences).toEqual([]);
  });

  test("enums exist with the same values in the same order, and there are no other enums", async () => {
    const actual = await readEnums(sql());
    const differences: string[] = [];
    for (const enumDef of datamodel.enums) {
      const name = enumDef.dbName ?? enumDef.name;
      const want = enumDef.values.map((value) => value.dbName ?? value.name);
      const have = actual.get(name);
      if (!have) differences.push(`enum ${name}: missing in database (schema.prisma: ${want.join(", ")})`);
      else if (have.join(",") !== want.join(","))
        differences.push(`enum ${name}: database has [${have.join(", ")}], schema.prisma says [${want.join(", ")}]`);
      actual.delete(name);
    }
    for (const [name, values] of actual)
      differences.push(`enum ${name}: in database but not in schema.prisma ([${values.join(", ")}])`);
    expect(differences).toEqual([]);
  });

  test("primary keys, unique indexes (partial ones by name and predicate) and indexes (columns and sort order) match", async () => {
    // `(status = 'ACTIVE'::"RelationshipStatus")` → `status = 'ACTIVE'`
    const predicate = (expr: string) => expr.replace(/::("[^"]+"|\w+(\[\])?)/g, "").replace(/[()"]/g, "");
    const actual = (await readIndexes(sql()))
      .filter((index) => index.table !== MIGRATIONS_TABLE)
      .map((index) => {
        const kind = index.primary ? "primary key" : index.unique ? "unique" : "index";
        const where = index.predicate ? ` WHERE ${predicate(index.predicate)} [${index.name}]` : "";
        return `${index.table} ${kind} (${index.columns.join(", ")})${where}`;
      });
    expect(setDifference(expectedIndexes(datamodel), actual)).toEqual([]);
  });

  test("foreign keys match: columns, referenced table and columns, ON DELETE and ON UPDATE", async () => {
    const actual = (await readForeignKeys(sql())).map(
      (fk) =>
        `${fk.table}(${fk.columns.join(", ")}) → ${fk.refTable}(${fk.refColumns.join(", ")}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`,
    );
    expect(setDifference(expectedForeignKeys(datamodel), actual)).toEqual([]);
  });

  test("every migration is recorded in _prisma_migrations as finished, with the SHA-256 of its file", async () => {
    const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({
        name: entry.name,
        checksum: createHash("sha256")
          .update(readFileSync(path.join(dir, entry.name, "migration.sql")))
          .digest("hex"),
      }));
    const { rows } = await sql().query(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "${MIGRATIONS_TABLE}"`,
    );
    const differences: string[] = [];
    for (const file of files) {
      const records = rows.filter((row) => row.migration_name === file.name);
      if (records.length !== 1) {
        differences.push(`${file.name}: recorded ${records.length} times`);
        continue;
      }
      const [record] = records;
      if (!record.finished_at) differences.push(`${file.name}: finished_at is empty`);
      if (record.rolled_back_at) differences.push(`${file.name}: marked rolled back`);
      if (record.applied_steps_count !== 1)
        differences.push(`${file.name}: applied_steps_count is ${record.applied_steps_count}, Prisma records 1`);
      if (record.checksum !== file.checksum)
        differences.push(`${file.name}: checksum ${record.checksum} ≠ sha256 of migration.sql ${file.checksum}`);
    }
    for (const row of rows) {
      if (!files.some((file) => file.name === row.migration_name))
        differences.push(`${row.migration_name}: recorded but no such folder in prisma/migrations`);
    }
    expect(files.length).toBeGreaterThan(0);
    expect(differences).toEqual([]);
  });
});
