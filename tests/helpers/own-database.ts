// For test files whose code under test works on every tenant's rows (outbox delivery, housekeeping,
// expiry notices): a fresh, migrated database of their own, so other files' rows stay untouched.
import { afterAll, beforeAll } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, databaseName, dropDatabase, uniqueSuffix } from "./databases";

const dbHolder = globalThis as { partnerCenterDb?: { $disconnect: () => Promise<void> } };

/** Drops the cached Prisma client, so the next db() call connects to the current DATABASE_URL. */
export async function resetDbClient() {
  await dbHolder.partnerCenterDb?.$disconnect();
  delete dbHolder.partnerCenterDb;
}

/** Registers beforeAll/afterAll hooks: the file's code runs on its own database (`tag` shows in its name). Call it before the file's other hooks. */
export function withOwnDatabase(tag: string) {
  const serverUrl = process.env.DATABASE_URL!;
  const ownDatabase = `${databaseName(serverUrl).replace(/\W/g, "_").slice(0, 30)}_${uniqueSuffix()}_${tag}`;
  beforeAll(async () => {
    await resetDbClient();
    process.env.DATABASE_URL = await createDatabase(serverUrl, ownDatabase);
    await migrate(process.env.DATABASE_URL);
  });
  afterAll(async () => {
    await resetDbClient();
    process.env.DATABASE_URL = serverUrl;
    await dropDatabase(serverUrl, ownDatabase);
  });
}
