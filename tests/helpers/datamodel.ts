// What schema.prisma says the database should contain, from the parsed datamodel that
// prisma/datamodel-snapshot.mjs writes to lib/generated/datamodel.json on every generate.
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

type Field = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[] };
type Index = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};
type Datamodel = {
  models: Model[];
  enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
  indexes: Index[];
};

export type ExpectedColumn = { table: string; column: string; type: string; nullable: boolean };

export function loadDatamodel(): Datamodel {
  return JSON.parse(readFileSync(path.join(root, "lib/generated/datamodel.json"), "utf8"));
}

// Prisma's PostgreSQL native types, in the notation tests/helpers/pg-catalog.ts reads back.
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => "uuid",
  Text: () => "text",
  VarChar: (args) => (args.length ? `character varying(${args[0]})` : "character varying"),
  Char: (args) => `character(${args[0] ?? 1})`,
  Timestamptz: (args) => `timestamp(${args[0] ?? 6}) with time zone`,
  Timestamp: (args) => `timestamp(${args[0] ?? 6}) without time zone`,
  Timetz: (args) => `time(${args[0] ?? 6}) with time zone`,
  Time: (args) => `time(${args[0] ?? 6}) without time zone`,
  Date: () => "date",
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  Real: () => "real",
  DoublePrecision: () => "double precision",
  Decimal: (args) => `numeric(${args[0] ?? 65},${args[1] ?? 30})`,
  Boolean: () => "boolean",
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
  Inet: () => "inet",
};

// Prisma's default column type for a scalar without @db.* on PostgreSQL.
const DEFAULT_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

export const tableOf = (model: Model) => model.dbName ?? model.name;
export const columnOf = (model: Model, fieldName: string) => {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
  return field.dbName ?? field.name;
};

export function expectedType(datamodel: Datamodel, field: Field): string {
  let type: string | undefined;
  if (field.kind === "enum") {
    const enumDef = datamodel.enums.find((e) => e.name === field.type);
    type = `enum ${enumDef?.dbName ?? field.type}`;
  } else if (field.nativeType) {
    type = NATIVE_TYPES[field.nativeType[0]]?.(field.nativeType[1]);
  } else {
    type = DEFAULT_TYPES[field.type];
  }
  if (!type)
    throw new Error(
      `no PostgreSQL mapping for ${field.name}: ${field.type} ${JSON.stringify(field.nativeType)}; add one to tests/helpers/datamodel.ts`,
    );
  return field.isList ? `${type.replace(/\(.*\)/, "")}[]` : type;
}

export function expectedColumns(datamodel: Datamodel): ExpectedColumn[] {
  return datamodel.models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === "scalar" || field.kind === "enum")
      .map((field) => ({
        table: tableOf(model),
        column: field.dbName ?? field.name,
        type: expectedType(datamodel, field),
        nullable: !field.isRequired,
      })),
  );
}

/** Foreign keys as one line each, e.g. `users(tenant_id) → tenants(id) ON DELETE Cascade ON UPDATE Cascade`. */
export function expectedForeignKeys(datamodel: Datamodel): string[] {
  const byName = new Map(datamodel.models.map((model) => [model.name, model]));
  return datamodel.models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === "object" && field.relationFromFields?.length)
      .map((field) => {
        const target = byName.get(field.type)!;
        const from = field.relationFromFields!.map((name) => columnOf(model, name));
        const to = field.relationToFields!.map((name) => columnOf(target, name));
        const optional = field.relationFromFields!.some(
          (name) => !model.fields.find((f) => f.name === name)!.isRequired,
        );
        // Prisma's defaults: Restrict for required relations, SetNull for optional ones; updates cascade.
        const onDelete = field.relationOnDelete ?? (optional ? "SetNull" : "Restrict");
        return `${tableOf(model)}(${from.join(", ")}) → ${tableOf(target)}(${to.join(", ")}) ON DELETE ${onDelete} ON UPDATE ${field.relationOnUpdate ?? "Cascade"}`;
      }),
  );
}

/**
 * Partial unique indexes (`@@unique(..., where: { column: "VALUE" }, map: "name")`) by name with
 * their predicate, e.g. "status = 'ACTIVE'". The datamodel JSON omits `where`, so read the schema.
 */
export function partialIndexPredicates(datamodel: Datamodel): Map<string, string> {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const predicates = new Map<string, string>();
  for (const block of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const model = datamodel.models.find((m) => m.name === block[1])!;
    for (const index of block[2].matchAll(/@@(?:unique|index)\(.*where:\s*\{([^}]*)\}.*map:\s*"([^"]+)"/g)) {
      const conditions = [...index[1].matchAll(/(\w+):\s*"([^"]*)"/g)].map(
        ([, field, value]) => `${columnOf(model, field)} = '${value}'`,
      );
      if (conditions.length === 0)
        throw new Error(`unsupported where clause in ${index[0]}; extend tests/helpers/datamodel.ts`);
      predicates.set(index[2], conditions.join(" AND "));
    }
  }
  return predicates;
}

/** Indexes as one line each, e.g. `audit_events index (tenant_id, created_at DESC)`; partial ones carry predicate and name. */
export function expectedIndexes(datamodel: Datamodel): string[] {
  const partial = partialIndexPredicates(datamodel);
  return datamodel.indexes.map((index) => {
    const model = datamodel.models.find((m) => m.name === index.model)!;
    const columns = index.fields.map((f) => columnOf(model, f.name) + (f.sortOrder === "desc" ? " DESC" : ""));
    const kind = index.type === "id" ? "primary key" : index.type === "unique" ? "unique" : "index";
    const where =
      index.dbName && partial.has(index.dbName) ? ` WHERE ${partial.get(index.dbName)} [${index.dbName}]` : "";
    return `${tableOf(model)} ${kind} (${columns.join(", ")})${where}`;
  });
}
