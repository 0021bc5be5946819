import "server-only";

/**
 * The client's address for audit records and the per-IP sign-in throttle: the right-most
 * X-Forwarded-For entry. Next only fills that header when the client sent none, so in
 * production run behind a reverse proxy that overwrites it. A forged value can't lock anyone
 * out: owners' known browsers are throttled on their own (lib/auth/device-cookie.ts).
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return (forwarded?.at(-1) ?? "unknown").replace(/^::ffff:/, "").slice(0, 45);
}
