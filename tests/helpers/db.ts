// Database access for tests. `testDb()` is the app's Prisma client (lib/db/client.ts) on the
// run's database; `sql()` is a raw pg pool for SQL-level checks (SQLSTATE, constraint names).
import pg from "pg";
import { db } from "@/lib/db/client";

export const testDb = db;

let pool: pg.Pool | undefined;

export function sql(): pg.Pool {
  if (!pool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: run tests with `npm test` or `npx vitest run`");
    pool = new pg.Pool({ connectionString, max: 4 });
    pool.on("error", (error) => console.error("[tests] idle pg connection lost:", error.message));
  }
  return pool;
}

export async function closeSql() {
  await pool?.end();
  pool = undefined;
}

export type PgError = { code?: string; constraint?: string; table?: string; message: string };

/** Awaits a statement that must be refused and returns PostgreSQL's error for assertions. */
export async function refusal(statement: Promise<unknown>): Promise<PgError> {
  try {
    await statement;
  } catch (error) {
    return error as PgError;
  }
  throw new Error("expected PostgreSQL to refuse the statement, but it succeeded");
}
