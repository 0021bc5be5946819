// Issue 17 over real HTTP through the app server (lib/server/app-server.ts): the request id
// (response header, every log line, the audit event, every span), redaction, traces exported to
// an in-process OTLP receiver, the metrics endpoint and the health checks.
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as scrape } from "@/app/api/metrics/route";
import { SYSTEM } from "@/lib/auth/actor";
import { authenticateUser } from "@/lib/auth/authenticate";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { startJobRunner, stopJobRunner } from "@/lib/jobs/runner";
import { log } from "@/lib/observability/logger";
import { createLabels } from "@/lib/observability/route-labels";
import { startTracing } from "@/lib/observability/tracing";
import { createAppServer } from "@/lib/server/app-server";
import { parseTrustedProxies } from "@/lib/server/client-address";
import { captureLogs } from "@/tests/helpers/capture-logs";
import { withOwnDatabase } from "@/tests/helpers/own-database";

withOwnDatabase("obs"); // readiness and metrics read every job and email

type Span = {
  traceId: string;
  spanId: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
};

/** An OTLP/HTTP receiver in this process: collects the JSON export requests' spans. */
function otlpReceiver() {
  const spans: Span[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.url === "/v1/traces") {
        const body = JSON.parse(Buffer.concat(chunks).toString());
        for (const resource of body.resourceSpans ?? [])
          for (const scope of resource.scopeSpans ?? []) spans.push(...scope.spans);
      }
      response.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  return { server, spans };
}

const attribute = (span: Span, key: string) => span.attributes.find((entry) => entry.key === key)?.value.stringValue;

function get(port: number, pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) =>
    http
      .get({ host: "127.0.0.1", port, path: pathname, headers }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers }));
      })
      .on("error", reject),
  );
}

const receiver = otlpReceiver();
let app: http.Server;
let appPort = 0;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.server.listen(0, "127.0.0.1", resolve));
  startTracing(`http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`, "partner-center-test");
  // What Next would do below the app server: log, query, write an audit event, answer.
  app = createAppServer({
    trustedProxies: parseTrustedProxies("10.0.0.0/8"),
    handle: async (_request, response) => {
      log("test").info({ password: "hunter2-secret", user: { token: "tok-123-secret" } }, "inside the request");
      await trace.getTracer("test").startActiveSpan("render", async (span) => {
        await db().$transaction((tx) =>
          recordAuditEvent(tx, { actor: SYSTEM, tenantId: null, action: "test.request_id", target: { type: "test" } }),
        );
        span.end();
      });
      response.end("ok");
    },
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appPort = (app.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => app.close(resolve));
  await new Promise((resolve) => receiver.server.close(resolve));
});

describe("request id, logs and traces", () => {
  it("one id per request: response header, every log line, the audit event and every span (OTLP)", async () => {
    const logs = captureLogs();
    let requestId: string;
    try {
      const reply = await get(appPort, "/customers?token=query-secret", { "X-Request-Id": "chosen-by-the-client" });
      requestId = String(reply.headers["x-request-id"]);
      expect(requestId).toMatch(uuid); // a client that is no trusted proxy doesn't choose it
    } finally {
      logs.restore();
    }
    const lines = logs.lines();
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ["inside the request", requestId],
      ["request", requestId],
    ]);
    // Redacted by key; the access log has the path without its query.
    expect(logs.raw.join("")).not.toMatch(/hunter2-secret|tok-123-secret|query-secret/);
    expect(lines[0]).toMatchObject({ password: "[redacted]", user: { token: "[redacted]" } });
    expect(lines[1]).toMatchObject({ method: "GET", path: "/customers", status: 200 });

    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "test.request_id" } });
    expect(event.requestId).toBe(requestId);

    await expect
      .poll(
        () => receiver.spans.filter((span) => attribute(span, "request.id") === requestId).map((span) => span.name),
        {
          timeout: 10_000,
        },
      )
      .toEqual(expect.arrayContaining(["GET other", "render", expect.stringMatching(/^prisma:/)]));
    const spans = receiver.spans.filter((span) => attribute(span, "request.id") === requestId);
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1); // one trace: Prisma's spans hang below the request
  });
});

describe("metrics", () => {
  it("METRICS_TOKEN: off (404) when unset, 401 without the bearer token, then request, sign-in and database figures", async () => {
    const request = (authorization?: string) =>
      scrape(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));
    delete process.env.METRICS_TOKEN;
    expect((await request("Bearer anything")).status).toBe(404);
    process.env.METRICS_TOKEN = "scrape-token-for-tests";
    try {
      expect((await request()).status).toBe(401);
      expect((await request("Bearer wrong")).status).toBe(401);
      await get(appPort, "/");
      await authenticateUser(
        { email: "nobody@example.test", password: "wrong password" },
        { ip: "192.0.2.1", userAgent: null },
      );
      const response = await request("Bearer scrape-token-for-tests");
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toMatch(/^http_requests_total\{method="GET",route="other",status="2xx"\} [1-9]/m);
      expect(text).toMatch(/^http_request_duration_seconds_count\{method="GET",route="other"\} [1-9]/m);
      expect(text).toMatch(/^sign_in_failures_total\{kind="user"\} 1$/m);
      expect(text).toMatch(/^outbox_pending_emails 0$/m);
      expect(text).toMatch(/^outbox_oldest_pending_age_seconds 0$/m);
      expect(text).toMatch(/^outbox_dead_emails 0$/m);
      expect(text).toMatch(/^job_lag_seconds\{job="housekeeping.purge-expired"\} 0$/m);
      expect(text).toMatch(/^jobs_dead\{job="invitations.notify-expired"\} 0$/m);
      expect(text).toMatch(/^db_pool_connections\{state="total"\} [1-9]/m);
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  });

  it("route and action labels come from the build's manifests; unknown paths are one label", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "partner-center-labels-"));
    writeFileSync(
      path.join(dir, "app-paths-manifest.json"),
      JSON.stringify({
        "/(portal)/customers/page": "x",
        "/(portal)/customers/new/page": "x",
        "/(portal)/customers/[customerId]/page": "x",
        "/api/health/live/route": "x",
      }),
    );
    writeFileSync(
      path.join(dir, "server-reference-manifest.json"),
      JSON.stringify({ node: { abc123: { exportedName: "addUserAction" } } }),
    );
    const labels = createLabels(dir);
    expect(
      [
        "/customers",
        "/customers/new",
        "/customers/3f0c",
        "/api/health/live",
        "/wp-admin.php",
        "/_next/static/x.js",
      ].map(labels.route),
    ).toEqual(["/customers", "/customers/new", "/customers/[customerId]", "/api/health/live", "other", "/_next"]);
    expect([labels.action("abc123"), labels.action("forged")]).toEqual(["addUserAction", "unknown"]);
  });
});

describe("health", () => {
  it("live answers 200 without touching anything; ready needs the database, current migrations and the job runner", async () => {
    expect(live().status).toBe(200);
    await stopJobRunner();
    // A release whose last migration has not run yet, and no job runner: not ready.
    const [last] = await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db().$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${last!.id}`;
    const notReady = await ready();
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      status: "unavailable",
      checks: { database: "ok", migrations: "pending", jobs: "stopped" },
    });
    await db().$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${last!.id}`;
    startJobRunner({ definitions: [] });
    try {
      const up = await ready();
      expect(up.status).toBe(200);
      const body = await up.json();
      expect(body).toMatchObject({ status: "ok", checks: { database: "ok", migrations: "ok", jobs: "running" } });
      expect(Object.keys(body).sort()).toEqual(["build", "checks", "status"]); // no versions but the build id
    } finally {
      await stopJobRunner();
    }
  });
});
