// The app server (lib/server/app-server.ts) over real HTTP, around a small handler that echoes what
// the app derives from the request: the client address lib/auth/client-ip.ts reads, the sign-in
// throttle bucket it feeds, and the body Next would read.
import { createHash } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInBuckets } from "@/lib/auth/authenticate";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { createAppServer, type AppServerOptions } from "@/lib/server/app-server";
import { parseTrustedProxies } from "@/lib/server/client-address";
import { databaseHealth } from "@/lib/server/database-health";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path ?? "/", headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

async function echo(request: IncomingMessage, response: http.ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === "string") headers.set(name, value);
    else if (value) headers.set(name, value.join(", "));
  const ip = clientIpFrom(headers);
  const body = Buffer.concat(chunks);
  response.setHeader("Content-Type", "application/json");
  response.end(
    JSON.stringify({
      ip,
      throttledAs: signInBuckets("user", "someone@example.com", { ip }).find((bucket) => bucket.name === "ip")?.id,
      bodySha: createHash("sha256").update(body).digest("hex"),
    }),
  );
}

async function listen(options: Partial<AppServerOptions>) {
  const server = createAppServer({ handle: echo, ...options });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const close = (server: net.Server) => new Promise((resolve) => server.close(resolve));

describe("client address over HTTP", () => {
  it("ignores a forged X-Forwarded-For (and X-Client-IP) by default", async () => {
    const { server, port } = await listen({});
    const reply = await send(port, { headers: { "X-Forwarded-For": "203.0.113.77", "X-Client-IP": "203.0.113.78" } });
    expect(JSON.parse(reply.body)).toMatchObject({ ip: "127.0.0.1", throttledAs: "127.0.0.1" });
    await close(server);
  });

  it("honours a trusted proxy's X-Forwarded-For, right-most untrusted hop", async () => {
    const { server, port } = await listen({ trustedProxies: parseTrustedProxies("127.0.0.1/32") });
    const reply = await send(port, { headers: { "X-Forwarded-For": "203.0.113.77, 198.51.100.7" } });
    expect(JSON.parse(reply.body)).toMatchObject({ ip: "198.51.100.7", throttledAs: "198.51.100.7" });
    await close(server);
  });
});

describe("server-action and form posts", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => ({ server, port } = await listen({})));
  afterAll(() => close(server));

  const boundary = "----formBoundary7MA4YWxkTrZu0gW";
  const form = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="1_$ACTION_ID_abc"\r\n\r\n\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.com\r\n--${boundary}--\r\n`,
  );
  const action = (headers: Record<string, string>, body: Buffer | string) =>
    send(port, {
      method: "POST",
      path: "/sign-in",
      headers: { "Next-Action": "7f00", Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, ...headers },
      body,
    });
  const multipart = `multipart/form-data; boundary=${boundary}`;

  it("hands a well-formed multipart action to the handler with the same body", async () => {
    const reply = await action({ "Content-Type": multipart }, form);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).bodySha).toBe(createHash("sha256").update(form).digest("hex"));
  });

  it.each([
    ["a boundary that doesn't match the body", { "Content-Type": "multipart/form-data; boundary=other" }, form],
    ["no boundary", { "Content-Type": "multipart/form-data" }, form],
    ["a truncated part", { "Content-Type": multipart }, form.subarray(0, 90)],
    ["binary junk", { "Content-Type": multipart }, Buffer.from([0, 255, 13, 10, 45, 45, 1, 2, 3, 200, 201])],
    ["text/plain that isn't JSON", { "Content-Type": "text/plain;charset=UTF-8" }, "[not json"],
    ["a JSON body (no FormData)", { "Content-Type": "text/plain;charset=UTF-8" }, '["$K1", {"a": 1}]'],
    ["a JSON content type", { "Content-Type": "application/json" }, '{"email": "a@example.com"}'],
  ])("answers 400 to %s", async (_shape, headers, body) => {
    const reply = await action(headers, body);
    expect(reply.status).toBe(400);
    expect(reply.headers["content-type"]).toMatch(/^text\/plain/);
    expect(reply.body.length).toBeLessThan(100);
  });

  it("answers 413 to a body over 1 MB, by Content-Length or counted", async () => {
    const big = Buffer.concat([form.subarray(0, 100), Buffer.alloc(1024 * 1024 + 10, 97)]);
    expect((await action({ "Content-Type": multipart }, big)).status).toBe(413);
    const chunked = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/",
          headers: { "Next-Action": "7f00", "Content-Type": multipart, "Transfer-Encoding": "chunked" },
        },
        (response) => (response.resume(), resolve(response.statusCode!)),
      );
      request.on("error", reject);
      for (let i = 0; i < 20; i++) request.write(Buffer.alloc(64 * 1024, 98));
      request.end();
    });
    expect(chunked).toBe(413);
  });

  it("answers 403 to a cross-origin action or form post", async () => {
    expect((await action({ "Content-Type": multipart, Origin: "https://evil.example" }, form)).status).toBe(403);
    expect((await action({ "Content-Type": multipart, Origin: "null" }, form)).status).toBe(403);
    const formPost = await send(port, {
      method: "POST",
      path: "/settings/users",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
      body: "a=1",
    });
    expect(formPost.status).toBe(403);
    // Behind a proxy the forwarded host is the one the browser saw.
    const forwarded = await action(
      { "Content-Type": multipart, Origin: "https://portal.example", "X-Forwarded-Host": "portal.example" },
      form,
    );
    expect(forwarded.status).toBe(200);
  });

  it("leaves other requests alone", async () => {
    const api = await send(port, {
      method: "POST",
      path: "/api/auth/callback/credentials",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
      body: "a=1",
    });
    expect(api.status).toBe(200);
    expect((await send(port, { method: "POST", path: "/", body: "{}" })).status).toBe(200);
  });
});

/** A TCP relay to the test database that can be taken down and brought back on the same port. */
async function relay(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {});
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server!.close(() => resolve());
    });
  await up();
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return { url: url.toString(), up, down };
}

describe("database outage", () => {
  it("answers 503 with Retry-After (EN/DE page, problem JSON for /api) and recovers without a restart", async () => {
    const database = await relay(new URL(process.env.DATABASE_URL!));
    const health = databaseHealth(database.url, { cacheMs: 0 });
    const { server, port } = await listen({ database: health });
    try {
      expect((await send(port, { path: "/customers" })).status).toBe(200);

      await database.down();
      const english = await send(port, { path: "/customers", headers: { "Accept-Language": "en-GB,en;q=0.9" } });
      expect(english.status).toBe(503);
      expect(english.headers["retry-after"]).toMatch(/^\d+$/);
      expect(english.headers["content-type"]).toMatch(/^text\/html/);
      expect(english.body).toContain("Temporarily unavailable");
      expect(english.body).toContain('<html lang="en">');

      const german = await send(port, { path: "/customers", headers: { Cookie: "x=1; pc_locale=de" } });
      expect(german.status).toBe(503);
      expect(german.body).toContain("Vorübergehend nicht verfügbar");
      const byHeader = await send(port, { path: "/", headers: { "Accept-Language": "de-DE,de;q=0.9,en;q=0.8" } });
      expect(byHeader.body).toContain('<html lang="de">');

      const api = await send(port, { path: "/api/auth/session" });
      expect(api.status).toBe(503);
      expect(api.headers["content-type"]).toBe("application/problem+json");
      expect(api.headers["retry-after"]).toMatch(/^\d+$/);
      expect(JSON.parse(api.body)).toMatchObject({ status: 503, title: "Service Unavailable" });

      // Static files don't need the database.
      expect((await send(port, { path: "/_next/static/chunks/app.js" })).status).toBe(200);

      await database.up();
      const back = await send(port, { path: "/customers" });
      expect(back.status).toBe(200);
      expect(JSON.parse(back.body).ip).toBe("127.0.0.1");
    } finally {
      await close(server);
      await health.close();
      await database.down();
    }
  });
});
