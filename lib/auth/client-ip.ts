import "server-only";

/** The client's address as seen by the last proxy (the right-most X-Forwarded-For entry). */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  const ip = forwarded?.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
  return ip.replace(/^::ffff:/, "").slice(0, 45);
}
