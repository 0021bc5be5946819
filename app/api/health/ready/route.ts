import { checkReadiness } from "@/lib/observability/readiness";

// Readiness: 200 when this instance can serve (database within 1 s, migrations current, job
// runner running), else 503 — the body says which check failed.
export const dynamic = "force-dynamic";

export async function GET() {
  const { ready, checks, build } = await checkReadiness();
  return Response.json(
    { status: ready ? "ok" : "unavailable", checks, build },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
