import "server-only";
import { db } from "@/lib/db/client";

// Sign-in throttling (ENGINEERING §3). Failures are counted per account *and IP* and per IP,
// never per account alone, so nobody can lock a user out from elsewhere.
const LIMITS = {
  accountFromIp: { max: 5, windowSeconds: 15 * 60 },
  ip: { max: 50, windowSeconds: 15 * 60 },
} as const;

const keysFor = (email: string, ip: string) => ({
  accountFromIp: `signin:acct-ip:${email}:${ip}`,
  ip: `signin:ip:${ip}`,
});

/** Seconds until the caller may try again, or 0 when not throttled. */
export async function signInRetryAfter(email: string, ip: string): Promise<number> {
  const keys = keysFor(email, ip);
  const rows = await db().rateLimitBucket.findMany({ where: { key: { in: Object.values(keys) }, resetAt: { gt: new Date() } } });
  let wait = 0;
  for (const row of rows) {
    const limit = row.key === keys.ip ? LIMITS.ip : LIMITS.accountFromIp;
    if (row.count >= limit.max) wait = Math.max(wait, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
  }
  return wait;
}

export async function recordSignInFailure(email: string, ip: string) {
  const keys = keysFor(email, ip);
  for (const [name, key] of Object.entries(keys) as [keyof typeof LIMITS, string][]) {
    const seconds = LIMITS[name].windowSeconds;
    await db().$executeRaw`
      INSERT INTO rate_limit_buckets (key, count, reset_at) VALUES (${key}, 1, now() + make_interval(secs => ${seconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
        reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN excluded.reset_at ELSE rate_limit_buckets.reset_at END`;
  }
}

export async function clearSignInFailures(email: string, ip: string) {
  await db().rateLimitBucket.deleteMany({ where: { key: keysFor(email, ip).accountFromIp } });
}
