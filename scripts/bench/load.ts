// Drives one page with autocannon (bounded by duration) and reduces the run to the numbers the
// report prints. Latencies are recorded per response here, because autocannon's own summary has
// no p95.
import autocannon from "autocannon";

export type LoadResult = {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  responses: number;
  non2xx: number;
  errors: number;
  statusCodes: string;
};

export type LoadOptions = { connections: number; seconds: number; warmupSeconds: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest-rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function once(url: string, cookie: string, connections: number, seconds: number, onLatency?: (ms: number) => void) {
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { cookie, "accept-language": "en" },
  });
  if (onLatency) instance.on("response", (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  return Promise.resolve(instance);
}

/** A warm-up run (discarded), then the measured run at the same concurrency. */
export async function drive(url: string, cookie: string, options: LoadOptions): Promise<LoadResult> {
  if (!url.startsWith("http://127.0.0.1:")) throw new Error(`refusing to send load anywhere but 127.0.0.1: ${url}`);
  if (options.warmupSeconds > 0) await once(url, cookie, options.connections, options.warmupSeconds);
  const latencies: number[] = [];
  const started = performance.now();
  const result = await once(url, cookie, options.connections, options.seconds, (ms) => latencies.push(ms));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / Math.max(elapsed, result.duration || options.seconds),
    responses: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: Object.entries(result.statusCodeStats)
      .map(([code, { count }]) => `${code}×${count}`)
      .join(" "),
  };
}
