import { metricsResponse } from "@/lib/observability/metrics-endpoint";

// Prometheus scrape endpoint: `Authorization: Bearer $METRICS_TOKEN`; 404 while METRICS_TOKEN is unset.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return metricsResponse(request.headers.get("authorization"));
}
