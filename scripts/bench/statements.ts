// SQL statements per page view, measured by PostgreSQL itself: the delta of pg_stat_statements
// `calls` (top-level statements, BEGIN/COMMIT included) in the bench database over N
// sequential requests of one page, divided by N. The bench's own snapshot queries are excluded
// by their text; nothing else talks to the database meanwhile (EMAIL_WORKER=off).
import pg from "pg";

export type StatementRow = { query: string; perView: number; meanMs: number };
export type StatementCount = { perView: number; statements: StatementRow[] };

type Snapshot = Map<string, { query: string; calls: number; totalMs: number }>;

const SNAPSHOT = `
  SELECT queryid::text AS id, query, calls, total_exec_time AS total_ms
  FROM pg_stat_statements
  WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND query NOT ILIKE '%pg_stat_statements%'`;

async function snapshot(client: pg.Client): Promise<Snapshot> {
  const { rows } = await client.query<{ id: string; query: string; calls: string; total_ms: number }>(SNAPSHOT);
  return new Map(rows.map((row) => [row.id, { query: row.query, calls: Number(row.calls), totalMs: row.total_ms }]));
}

const oneLine = (sql: string, max = 150) => {
  const text = sql.replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** Requests `url` `views` times, one after another, and counts the statements they caused. */
export async function countStatements(
  databaseUrl: string,
  url: string,
  cookie: string,
  views: number,
): Promise<StatementCount> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const before = await snapshot(client);
    for (let i = 0; i < views; i++) {
      const response = await fetch(url, { headers: { cookie, "accept-language": "en" }, redirect: "manual" });
      await response.arrayBuffer(); // the page has rendered (and queried) completely
    }
    await new Promise((resolve) => setTimeout(resolve, 300)); // let late statements (after()) land
    const after = await snapshot(client);
    const statements: StatementRow[] = [];
    let total = 0;
    for (const [id, now] of after) {
      const calls = now.calls - (before.get(id)?.calls ?? 0);
      if (calls <= 0) continue;
      total += calls;
      const ms = now.totalMs - (before.get(id)?.totalMs ?? 0);
      statements.push({ query: oneLine(now.query), perView: calls / views, meanMs: ms / calls });
    }
    statements.sort((a, b) => b.perView - a.perView || b.meanMs - a.meanMs);
    return { perView: total / views, statements };
  } finally {
    await client.end();
  }
}
