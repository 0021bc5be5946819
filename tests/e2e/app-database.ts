// The e2e specs' direct line to the app's database, for data the demo scenario can't give
// twice: DATABASE_URL (as `npm test` passes it), else the `npm run dev` embedded PostgreSQL.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export function appDatabaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const portFile = path.resolve(import.meta.dirname, "../../.data/postgres.port");
  const port = existsSync(portFile) ? readFileSync(portFile, "utf8").trim() : "5432";
  return `postgresql://postgres:partner-center-local@127.0.0.1:${port}/partner_center`;
}

let pool: pg.Pool | undefined;
export const appDatabase = () => (pool ??= new pg.Pool({ connectionString: appDatabaseUrl(), max: 2 }));

export async function closeAppDatabase() {
  await pool?.end();
  pool = undefined;
}
