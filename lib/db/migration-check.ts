// Zero-downtime rule (ARCHITECTURE.md, "Schema changes: expand/contract"): while a deploy runs,
// the previous release still reads the database the new migrations change. So a migration may
// not drop or rename a column (or a table) unless it is the declared contract step of an earlier
// expand — one line per object, `-- contract: table.column` (or `-- contract: table`), written
// when no running release reads it any more. lib/db/migrate.ts refuses any other such migration
// before it runs anything.

export type Destructive = { object: string; statement: string };

const unquote = (name: string) => name.replaceAll('"', "").replace(/^public\./, "");

/** Every column or table the migration drops or renames (comments ignored). */
export function destructiveChanges(sql: string): Destructive[] {
  const code = sql.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
  const found: Destructive[] = [];
  for (const raw of code.split(";")) {
    const statement = raw.trim().replace(/\s+/g, " ");
    const dropTable = /^DROP TABLE (?:IF EXISTS )?(.+)$/i.exec(statement);
    if (dropTable)
      for (const table of dropTable[1]!.replace(/ (CASCADE|RESTRICT)$/i, "").split(","))
        found.push({ object: unquote(table.trim()), statement });
    const alter = /^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?("?[\w.]+"?) (.*)$/i.exec(statement);
    if (!alter) continue;
    const table = unquote(alter[1]!);
    const actions = alter[2]!;
    for (const match of actions.matchAll(/DROP COLUMN (?:IF EXISTS )?("?\w+"?)/gi))
      found.push({ object: `${table}.${unquote(match[1]!)}`, statement });
    const renameColumn = /^RENAME (?:COLUMN )?(?!TO |CONSTRAINT )("?\w+"?) TO /i.exec(actions);
    if (renameColumn) found.push({ object: `${table}.${unquote(renameColumn[1]!)}`, statement });
    if (/^RENAME TO /i.test(actions)) found.push({ object: table, statement });
  }
  return found;
}

/** The objects a migration declares as contract steps (`-- contract: table.column`). */
export function declaredContracts(sql: string): Set<string> {
  return new Set([...sql.matchAll(/^\s*--\s*contract:\s*([\w.]+)\s*$/gim)].map((match) => match[1]!));
}

/** Throws when a pending migration drops or renames something it doesn't declare as a contract step. */
export function assertExpandOnly(name: string, sql: string): void {
  const declared = declaredContracts(sql);
  const undeclared = destructiveChanges(sql).filter((change) => !declared.has(change.object));
  if (undeclared.length === 0) return;
  const objects = [...new Set(undeclared.map((change) => change.object))].join(", ");
  throw new Error(
    `migration ${name} drops or renames ${objects}, which the running release may still read. ` +
      `Expand/contract (ARCHITECTURE.md): stop reading it in one release, then drop it in a later one ` +
      `whose migration says "-- contract: <table>.<column>" for each.`,
  );
}
