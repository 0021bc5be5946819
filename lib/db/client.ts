import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/observability/logger";

// Secrets never leave the data layer unless a query asks for them explicitly.
const omit = {
  user: { passwordHash: true },
  operator: { passwordHash: true },
  membershipAccount: { passwordHash: true },
  invitation: { tokenHash: true },
  emailVerification: { tokenHash: true },
} as const;

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm run dev and npm test set it for you)");
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
  });
  // Without a listener, an idle client's error (e.g. PostgreSQL restarting) would kill the process.
  pool.on("error", (error) => log("db").warn({ message: error.message }, "idle connection lost"));
  globalForDb.partnerCenterPool = pool; // read by the metrics (db_pool_connections)
  // Interactive transactions render emails and hash nothing, but a busy 2-core machine can
  // stretch them past Prisma's 5 s default; give them room rather than fail a user's change.
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    omit,
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either the shared client or a transaction: for reads and checks that run inside or outside one. */
export type DbClient = Db | Tx;

const globalForDb = globalThis as unknown as { partnerCenterDb?: Db; partnerCenterPool?: pg.Pool };

/** The pool behind db(), once it exists: total, idle and waiting clients for the metrics. */
export const dbPool = (): pg.Pool | undefined => globalForDb.partnerCenterPool;

/** The shared client, created on first use so `next build` needs no database. */
export function db(): Db {
  globalForDb.partnerCenterDb ??= createClient();
  return globalForDb.partnerCenterDb;
}
