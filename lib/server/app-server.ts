// The HTTP server in front of Next (ARCHITECTURE.md, "The app server"), in development and
// production alike. Before a request reaches Next it
//  - sets the one client-address header the app reads (lib/server/client-address.ts), from the socket
//    and TRUSTED_PROXIES, overwriting whatever the client sent;
//  - answers 503 while PostgreSQL doesn't answer (lib/server/database-health.ts, lib/server/unavailable.ts);
//  - gives the request its id, logs and measures it (lib/observability/request-observer.ts);
//  - checks server-action and form POSTs (lib/server/request-guard.ts): cross-origin → 403, over 1 MB
//    → 413, a body Next can't decode → 400, each a short plain-text message instead of Next's 500.
import http, { IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { CLIENT_IP_HEADER } from "../auth/client-ip-header.ts";
import { errorField, log } from "../observability/logger.ts";
import { observeRequest } from "../observability/request-observer.ts";
import type { Labels } from "../observability/route-labels.ts";
import { clientAddress, normalizeAddress, type TrustedProxies } from "./client-address.ts";
import type { DatabaseHealth } from "./database-health.ts";
import { checkActionBody, checkOrigin, isActionRequest, readBody, type Refusal } from "./request-guard.ts";
import { sendUnavailable } from "./unavailable.ts";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

export type AppServerOptions = {
  /** Next's request handler (`app.getRequestHandler()`), or any handler in tests. */
  handle: RequestHandler;
  /** Which socket peers may speak for the client in X-Forwarded-For; none by default. */
  trustedProxies?: TrustedProxies;
  /** Without it (no DATABASE_URL) requests always go through. */
  database?: DatabaseHealth;
  /** Route and action names for metrics and spans (lib/observability/route-labels.ts). */
  labels?: Labels;
};

export function createAppServer(options: AppServerOptions): http.Server {
  const trusted = options.trustedProxies ?? (() => false);
  return http.createServer((request, response) => {
    const trustedPeer = () => trusted(normalizeAddress(request.socket.remoteAddress));
    observeRequest(request, response, { trustedPeer, labels: options.labels }, () =>
      serve(request, response, options, trusted).catch((error: unknown) => {
        log("server").error({ err: errorField(error) }, "request failed");
        if (!response.headersSent) refuse(response, { status: 400, message: "The request could not be read." });
        else response.destroy();
      }),
    );
  });
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  options: AppServerOptions,
  trusted: TrustedProxies,
) {
  request.headers[CLIENT_IP_HEADER] = clientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    trusted,
  );
  const path = (request.url ?? "/").split("?")[0];
  const { database } = options;
  // Health and metrics answer for themselves while the database is away.
  if (database && !path.startsWith("/_next/") && !path.startsWith("/api/health/") && path !== "/api/metrics") {
    if (!(await database.isUp())) return sendUnavailable(request, response);
    // A page that failed anyway (the database went away within the cached second) re-checks at once.
    response.once("finish", () => response.statusCode >= 500 && database.invalidate());
  }
  if (!isActionRequest(request)) return options.handle(request, response);

  const crossOrigin = checkOrigin(request.headers);
  if (crossOrigin) return refuse(response, crossOrigin);
  const body = await readBody(request);
  if (!Buffer.isBuffer(body)) return refuse(response, body, { close: true });
  const malformed = await checkActionBody(request.headers, body);
  if (malformed) return refuse(response, malformed);
  return options.handle(replay(request, body), response);
}

function refuse(response: ServerResponse, refusal: Refusal, options: { close?: boolean } = {}) {
  response.statusCode = refusal.status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("X-Content-Type-Options", "nosniff");
  if (options.close) response.setHeader("Connection", "close");
  response.end(`${refusal.message}\n`);
}

/** The same request with its (already read) body served again from memory, for Next to read. */
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket as Socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.headers = { ...original.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = original.rawHeaders;
  copy.push(body);
  copy.push(null);
  copy.complete = true; // else destroying the copy would be taken as an aborted upload and close the socket
  return copy;
}
