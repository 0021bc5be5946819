import "server-only";
import { createHash } from "node:crypto";
import { db, type DbClient } from "@/lib/db/client";

// Sign-in throttling (ENGINEERING §3). Each attempt is counted *before* the password is checked,
// in one atomic statement, so parallel guesses can't slip past the limit. Buckets:
// - known device (lib/auth/device-cookie.ts): per device — the owner's own browsers;
// - otherwise per account and per IP — attackers, and the owner on a new browser.
export const LIMITS = {
  device: { max: 10, windowSeconds: 15 * 60 },
  account: { max: 10, windowSeconds: 15 * 60 },
  ip: { max: 50, windowSeconds: 15 * 60 },
} as const;

export type BucketName = keyof typeof LIMITS;
export type Bucket = { name: BucketName; id: string };

// Keys are hashed: fixed length, and no email addresses at rest in the table.
const keyOf = (bucket: Bucket) => createHash("sha256").update(`signin:${bucket.name}:${bucket.id}`).digest("hex");

/** Counts one attempt in every bucket; returns the seconds to wait if any bucket is over its limit, else 0. */
export async function countSignInAttempt(buckets: Bucket[]): Promise<number> {
  let wait = 0;
  for (const bucket of buckets) {
    const limit = LIMITS[bucket.name];
    const [row] = await db().$queryRaw<{ count: number; retry: number }[]>`
      INSERT INTO rate_limit_buckets (key, count, reset_at) VALUES (${keyOf(bucket)}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
        reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN excluded.reset_at ELSE rate_limit_buckets.reset_at END
      RETURNING count, ceil(extract(epoch FROM reset_at - now()))::int AS retry`;
    if (row.count > limit.max) wait = Math.max(wait, row.retry, 1);
  }
  return wait;
}

/** After a successful sign-in: the owner's buckets start afresh, and the IP's no longer counts this attempt. */
export async function clearSignInAttempts(buckets: Bucket[]) {
  const owned = buckets.filter((bucket) => bucket.name !== "ip").map(keyOf);
  const shared = buckets.filter((bucket) => bucket.name === "ip").map(keyOf);
  if (owned.length) await db().rateLimitBucket.deleteMany({ where: { key: { in: owned } } });
  if (shared.length)
    await db().rateLimitBucket.updateMany({
      where: { key: { in: shared }, count: { gt: 0 } },
      data: { count: { decrement: 1 } },
    });
}

/**
 * A generic fixed-window bucket in the same table (other throttles than sign-in): counts one
 * attempt under `scope:id` (hashed) with the caller's client — pass a transaction so a refused
 * or rolled-back action doesn't count — and returns the seconds to wait when over `max`, else 0.
 */
export async function countAttempt(
  client: DbClient,
  scope: string,
  id: string,
  limit: { max: number; windowSeconds: number },
): Promise<number> {
  const key = createHash("sha256").update(`${scope}:${id}`).digest("hex");
  const [row] = await client.$queryRaw<{ count: number; retry: number }[]>`
    INSERT INTO rate_limit_buckets (key, count, reset_at) VALUES (${key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
      reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN excluded.reset_at ELSE rate_limit_buckets.reset_at END
    RETURNING count, ceil(extract(epoch FROM reset_at - now()))::int AS retry`;
  return row.count > limit.max ? Math.max(row.retry, 1) : 0;
}
