// What the migrated database actually contains, read from information_schema and pg_catalog
// (schema "public"), in shapes the schema-drift test compares with Prisma's datamodel.
import type pg from "pg";

type Queryable = Pick<pg.Pool, "query">;

export type DbColumn = { table: string; column: string; type: string; nullable: boolean };
export type DbIndex = {
  table: string;
  name: string;
  primary: boolean;
  unique: boolean;
  columns: string[];
  predicate: string | null;
};
export type DbForeignKey = {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
};

const ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

/** A column type in one notation for both sides, e.g. "character varying(200)", "enum TenantKind". */
function describeType(row: {
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  datetime_precision: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
}) {
  switch (row.data_type) {
    case "USER-DEFINED":
      return `enum ${row.udt_name}`;
    case "character varying":
    case "character":
      return row.character_maximum_length === null
        ? row.data_type
        : `${row.data_type}(${row.character_maximum_length})`;
    case "timestamp with time zone":
    case "timestamp without time zone":
    case "time with time zone":
    case "time without time zone":
      return row.data_type.replace(/^(\w+)/, `$1(${row.datetime_precision})`);
    case "numeric":
      return row.numeric_precision === null ? "numeric" : `numeric(${row.numeric_precision},${row.numeric_scale})`;
    case "ARRAY":
      return `${row.udt_name.replace(/^_/, "")}[]`;
    default:
      return row.data_type;
  }
}

export async function readTables(client: Queryable): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

export async function readColumns(client: Queryable): Promise<DbColumn[]> {
  const { rows } = await client.query(
    `SELECT table_name, column_name, data_type, udt_name, character_maximum_length, datetime_precision, numeric_precision, numeric_scale, is_nullable
       FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  return rows.map((row) => ({
    table: row.table_name,
    column: row.column_name,
    type: describeType(row),
    nullable: row.is_nullable === "YES",
  }));
}

export async function readEnums(client: Queryable): Promise<Map<string, string[]>> {
  const { rows } = await client.query(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`,
  );
  return new Map(rows.map((row) => [row.name, row.labels]));
}

export async function readIndexes(client: Queryable): Promise<DbIndex[]> {
  // Column names in key order, each followed by " DESC" when the index sorts it descending.
  const { rows } = await client.query(
    `SELECT t.relname AS table, i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique,
            pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
            ARRAY(SELECT a.attname || CASE WHEN pg_index_column_has_property(ix.indexrelid, k.ord::int, 'desc') THEN ' DESC' ELSE '' END
                    FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                   ORDER BY k.ord)::text[] AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public'`,
  );
  return rows;
}

export async function readForeignKeys(client: Queryable): Promise<DbForeignKey[]> {
  const { rows } = await client.query(
    `SELECT t.relname AS table, c.conname AS name, rt.relname AS "refTable", c.confdeltype, c.confupdtype,
            ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
            ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS "refColumns"
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class rt ON rt.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  return rows.map(({ confdeltype, confupdtype, ...row }) => ({
    ...row,
    onDelete: ACTIONS[confdeltype],
    onUpdate: ACTIONS[confupdtype],
  }));
}
