// README "Backups": a pg_dump (custom format) of a seeded database restores with pg_restore into a
// fresh database, which the app then signs in against with the demo password.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/auth/authenticate";
import { migrate } from "@/lib/db/migrate";
import { DEMO_PASSWORD, seedDemo } from "@/prisma/seed-demo";
import { createDatabase, dropDatabase, uniqueSuffix } from "@/tests/helpers/databases";
import { resetDbClient } from "@/tests/helpers/own-database";
import { findPgTools, serverMajor, startThrowawayCluster } from "@/tests/helpers/pg-tools";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function count(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe("backups", () => {
  it("pg_dump of a seeded database, pg_restore into a fresh one, and the demo user signs in against it", async () => {
    const tools = findPgTools();
    if (!tools) throw new Error("no pg_dump/pg_restore found: apt-get install postgresql (see README, Backups)");

    // The test server, or a throwaway cluster when pg_dump is older than the test server.
    let serverUrl = process.env.DATABASE_URL!;
    const probe = new pg.Client({ connectionString: serverUrl });
    await probe.connect();
    const testMajor = await serverMajor(probe);
    await probe.end();
    if (tools.major < testMajor) {
      const cluster = await startThrowawayCluster(tools);
      cleanups.push(cluster.stop);
      serverUrl = cluster.url;
    }
    const names = [`backup_src_${uniqueSuffix()}`, `backup_restored_${uniqueSuffix()}`];
    const [source, restored] = [await createDatabase(serverUrl, names[0]!), await createDatabase(serverUrl, names[1]!)];
    cleanups.push(() => Promise.all(names.map((name) => dropDatabase(serverUrl, name))).then(() => {}));
    await migrate(source);
    expect(await seedDemo(source)).toBe("seeded");

    const dir = mkdtempSync(path.join(os.tmpdir(), "partner-center-backup-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dump = path.join(dir, "partner-center.dump");
    const dumped = spawnSync(
      path.join(tools.bin, "pg_dump"),
      ["--format=custom", `--file=${dump}`, `--dbname=${source}`],
      {
        encoding: "utf8",
      },
    );
    expect(dumped.stderr).toBe("");
    expect(dumped.status).toBe(0);
    const restoredRun = spawnSync(
      path.join(tools.bin, "pg_restore"),
      ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${restored}`, dump],
      { encoding: "utf8" },
    );
    expect(restoredRun.stderr).toBe("");
    expect(restoredRun.status).toBe(0);

    for (const table of [
      "tenants",
      "users",
      "partner_organizations",
      "customer_relationships",
      "audit_events",
      "_prisma_migrations",
    ])
      expect(await count(restored, table)).toBe(await count(source, table));
    // The restored database is current: the migration step has nothing left to do.
    expect((await migrate(restored)).applied).toEqual([]);

    // The app against the restored database: the demo Global admin signs in.
    const workingUrl = process.env.DATABASE_URL!;
    await resetDbClient();
    process.env.DATABASE_URL = restored;
    try {
      const result = await authenticateUser(
        { email: "admin@fabrikam.example", password: DEMO_PASSWORD },
        { ip: "192.0.2.10", userAgent: null },
      );
      expect(result).toMatchObject({ ok: true });
    } finally {
      await resetDbClient();
      process.env.DATABASE_URL = workingUrl;
    }
  }, 120_000);
});
