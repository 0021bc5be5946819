// Runs once per server process. Node-only work lives in lib/server-lifecycle.ts so the
// edge bundle never sees it.
// Tracing starts first, so the spans of everything after it are recorded; it is only loaded at all
// when OTEL_EXPORTER_OTLP_ENDPOINT is set (lib/observability/tracing.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT)
    await import("./lib/observability/tracing").then((tracing) => tracing.startTracing());
  await import("./lib/server-lifecycle").then((lifecycle) => lifecycle.start());
}
