// Runs in every test worker before the test file: points lib/db/client.ts at the run's database.
import { afterAll, inject } from "vitest";
import { closeSql } from "@/tests/helpers/db";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "vitest-only-secret-not-used-anywhere-else"; // signs device cookies
process.env.LOG_LEVEL ??= "error"; // lib/observability/logger.ts: no info lines or dropped-database warnings in test output

afterAll(async () => {
  // lib/db/client.ts keeps its client on globalThis; close pools so workers exit promptly.
  const holder = globalThis as { partnerCenterDb?: { $disconnect: () => Promise<void> } };
  await holder.partnerCenterDb?.$disconnect();
  delete holder.partnerCenterDb;
  await closeSql();
});
