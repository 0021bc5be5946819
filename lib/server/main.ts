// Runs the portal: Next behind the app server (lib/server/app-server.ts).
//   npm start                 production (after `npm run build`), port $PORT or 3000, all interfaces
//   node --import tsx lib/server/main.ts --dev -p 3000 -H 127.0.0.1    what `npm run dev` starts
// SIGTERM/SIGINT stop accepting connections, let the requests in progress finish (10 s at most)
// and exit 143/130, as `next start` does.
import path from "node:path";
import { parseArgs } from "node:util";
import { parseTrustedProxies } from "./client-address.ts";
import { createAppServer, type RequestHandler } from "./app-server.ts";
import { databaseHealth } from "./database-health.ts";
import { createLogger, installLogger } from "../observability/logger.ts";
import { createLabels } from "../observability/route-labels.ts";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
// Before Next and React load: they pick their builds by NODE_ENV.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname; // undefined: every interface, like `next start`
// JSON lines in production; readable lines in development (pino-pretty, a dev dependency).
const logger = installLogger(
  createLogger(dev ? { stream: (await import("pino-pretty")).default({ colorize: true, sync: true }) } : {}),
);
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES); // a bad entry stops the start here

const { default: next } = await import("next");
let handle: RequestHandler = () => {};
const database = process.env.DATABASE_URL ? databaseHealth(process.env.DATABASE_URL) : undefined;
const root = path.resolve(import.meta.dirname, "../..");
// The build's folder as next.config.ts sets it (the bench build has its own).
const distDir = (await import("../../next.config.ts")).default.distDir ?? ".next";
const labels = createLabels(path.join(root, distDir, dev ? "dev/server" : "server"), { reload: dev });
const server = createAppServer({
  handle: (request, response) => handle(request, response),
  trustedProxies,
  database,
  labels,
});
const app = next({
  dev,
  dir: root,
  hostname: hostname ?? "localhost",
  port,
  httpServer: server, // Next attaches its upgrade handler (development HMR websocket) here
});
await app.prepare();
handle = app.getRequestHandler();
server.listen(port, hostname, () =>
  logger.info(`Partner Center (${dev ? "development" : "production"}) on http://${hostname ?? "localhost"}:${port}`),
);

let stopping = false;
for (const [signal, code] of [
  ["SIGTERM", 143],
  ["SIGINT", 130],
] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Open websockets (development HMR) keep the server from closing: exit after 10 s regardless.
    setTimeout(() => process.exit(code), 10_000).unref();
    server.close(() => void Promise.allSettled([app.close(), database?.close()]).finally(() => process.exit(code)));
    server.closeIdleConnections();
  });
}
