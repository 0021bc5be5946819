// OpenTelemetry, started from instrumentation.ts when OTEL_EXPORTER_OTLP_ENDPOINT is set (off
// otherwise: no provider, and the app server starts no spans). Spans: each request's root span
// (request-observer.ts, with the request id), Next's own spans below it (rendering, route
// handlers, server actions), and Prisma's queries (@prisma/instrumentation). Every span started
// inside a request carries its `request.id`. Exported over OTLP/HTTP (JSON) in batches.
import { context, propagation, trace, type Context } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, TracerProvider, type Span, type SpanProcessor } from "@opentelemetry/sdk-trace";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { log } from "./logger";
import { currentRequestId } from "./request-context";
import { setTracingEnabled } from "./tracing-state";

/** Stamps the current request's id on every span that starts inside it. */
class RequestIdProcessor implements SpanProcessor {
  onStart(span: Span, _parent: Context) {
    const requestId = currentRequestId();
    if (requestId) span.setAttribute("request.id", requestId);
  }
  onEnd() {}
  forceFlush = () => Promise.resolve();
  shutdown = () => Promise.resolve();
}

const holder = globalThis as unknown as { partnerCenterTracer?: TracerProvider };

/** Starts tracing once per process when an OTLP endpoint is configured; returns the provider (tests flush it). */
export function startTracing(
  endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
  serviceName = process.env.OTEL_SERVICE_NAME ?? "partner-center",
): TracerProvider | undefined {
  if (!endpoint) return undefined;
  if (holder.partnerCenterTracer) return holder.partnerCenterTracer;
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, "")}/v1/traces` });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new RequestIdProcessor(), new BatchSpanProcessor({ exporter, scheduledDelayMillis: 1_000 })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  holder.partnerCenterTracer = provider;
  setTracingEnabled(true);
  log("tracing").info({ endpoint }, "exporting traces over OTLP");
  return provider;
}
