// Whether PostgreSQL answers, as the app server asks before handing a request to Next: a
// `SELECT 1` with a 1 s timeout, a good answer cached for a second, one probe at a time shared by
// concurrent requests. While it is down every request asks again, so recovery needs no restart.
import pg from "pg";
import { log } from "../observability/logger.ts";

export type DatabaseHealth = {
  /** True when PostgreSQL answered within the last second; while it is down, every call asks again. */
  isUp(): Promise<boolean>;
  /** Forget the cached answer (a page just failed): the next request asks again. */
  invalidate(): void;
  close(): Promise<void>;
};

export function databaseHealth(url: string, options: { timeoutMs?: number; cacheMs?: number } = {}): DatabaseHealth {
  const timeoutMs = options.timeoutMs ?? 1_000;
  const cacheMs = options.cacheMs ?? 1_000;
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
  });
  // A lost idle connection (PostgreSQL restarting) must never kill the process.
  pool.on("error", () => {});
  let up = true;
  let checkedAt = 0;
  let probe: Promise<boolean> | undefined;

  async function check(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const query = pool.query("SELECT 1").then(
      () => true,
      () => false,
    );
    const result = await Promise.race([query, timeout]);
    clearTimeout(timer);
    if (up !== result) log("db").warn(result ? "PostgreSQL answers again" : "PostgreSQL does not answer");
    up = result;
    checkedAt = Date.now();
    return result;
  }

  return {
    isUp() {
      if (up && Date.now() - checkedAt < cacheMs) return Promise.resolve(true);
      probe ??= check().finally(() => (probe = undefined));
      return probe;
    },
    invalidate: () => void (checkedAt = 0),
    close: () => pool.end(),
  };
}
