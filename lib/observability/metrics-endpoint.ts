import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { collectDatabaseMetrics } from "./collect-database-metrics";
import { errorField, log } from "./logger";
import { metrics } from "./metrics";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** The scrape answer: 404 without METRICS_TOKEN, 401 without the right bearer token, else the text format. */
export async function metricsResponse(authorization: string | null): Promise<Response> {
  const token = process.env.METRICS_TOKEN;
  if (!token) return new Response("Not found\n", { status: 404 });
  const given = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
  // Digests compared in constant time: the length of the token leaks nothing either.
  if (!timingSafeEqual(digest(given), digest(token)))
    return new Response("Unauthorized\n", { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  // The database may be away: the in-process metrics are still worth scraping.
  await collectDatabaseMetrics().catch((error) =>
    log("metrics").warn({ err: errorField(error) }, "database metrics not collected"),
  );
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
