// Per request, in the app server: the request id (response header, log lines, audit events, spans),
// the access log line, the request and action metrics, and — when tracing is on — the request's
// root span. Cheap when tracing is off: two Map lookups, one histogram observe, one log line.
import type { IncomingMessage, ServerResponse } from "node:http";
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { log } from "./logger";
import { metrics, statusClass } from "./metrics";
import { REQUEST_ID_HEADER, requestIdFrom, runWithRequest } from "./request-context";
import type { Labels } from "./route-labels";
import { tracingEnabled } from "./tracing-state";

const noLabels: Labels = { route: () => "other", action: () => "unknown" };

/** Runs `serve` for one request with its id in context, and records it when the response ends. */
export function observeRequest<T>(
  request: IncomingMessage,
  response: ServerResponse,
  options: { trustedPeer: () => boolean; labels?: Labels },
  serve: () => T,
): T {
  const started = performance.now();
  const given = request.headers[REQUEST_ID_HEADER];
  const requestId = requestIdFrom(given, given !== undefined && options.trustedPeer());
  request.headers[REQUEST_ID_HEADER] = requestId; // what the client sent is replaced, like x-client-ip
  response.setHeader("X-Request-Id", requestId);
  const labels = options.labels ?? noLabels;
  const method = request.method ?? "GET";
  const pathname = (request.url ?? "/").split("?")[0]!; // never the query: it may carry tokens
  const route = labels.route(pathname);
  const actionId = request.headers["next-action"];
  const action = typeof actionId === "string" ? labels.action(actionId) : undefined;
  const span = tracingEnabled()
    ? trace.getTracer("partner-center").startSpan(`${method} ${route}`, {
        kind: SpanKind.SERVER,
        attributes: {
          "http.request.method": method,
          "url.path": pathname,
          "http.route": route,
          "request.id": requestId,
          ...(action ? { "server_action.name": action } : {}),
        },
      })
    : undefined;

  response.once("close", () => {
    const seconds = (performance.now() - started) / 1000;
    const status = response.statusCode;
    const m = metrics();
    m.httpRequests.inc({ method, route, status: statusClass(status) });
    m.httpDuration.observe({ method, route }, seconds);
    if (action) {
      m.actions.inc({ action, status: statusClass(status) });
      m.actionDuration.observe({ action }, seconds);
    }
    if (span) {
      span.setAttribute("http.response.status_code", status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    const line = { method, path: pathname, route, action, status, ms: Math.round(seconds * 1000) };
    if (route === "/_next") log().debug(line, "request");
    else log().info(line, "request");
  });

  return runWithRequest({ requestId }, () =>
    span ? context.with(trace.setSpan(context.active(), span), serve) : serve(),
  );
}
