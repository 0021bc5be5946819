// The app under test: the bench build (BENCH_BUILD=1: .next-bench, with the floor page) when it is
// missing or older than the sources, the production server
// on a free 127.0.0.1 port in its own process group, and a real sign-in through Auth.js.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const bin = (file: string) => path.join(ROOT, "node_modules", file);

// What a production build depends on (lib/generated is regenerated from prisma/schema.prisma).
const SOURCES = [
  "app",
  "components",
  "emails",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry))
    if (!SKIP.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const buildSteps = new Set<ChildProcess>();

/** Ends a running generate/build step (on Ctrl-C or SIGTERM). */
export const stopBuild = () => buildSteps.forEach((child) => child.kill("SIGTERM"));

function runToEnd(args: string[], env: Record<string, string | undefined>, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const log = openSync(logFile, "a");
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    buildSteps.add(child);
    child.on("error", () => resolve(1));
    child.on("close", (code) => (buildSteps.delete(child), resolve(code ?? 1)));
  });
}

/** Builds unless .next/BUILD_ID is newer than every source file. Returns what it did. */
export async function buildIfStale(logFile: string): Promise<string> {
  const buildId = path.join(ROOT, ".next-bench/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((entry) => newestMtime(path.join(ROOT, entry))));
  if (builtAt > changedAt) return "up to date (.next-bench/BUILD_ID newer than the sources)";
  // The build must not need a database, and next decides NODE_ENV itself.
  const { DATABASE_URL: _db, NODE_ENV: _env, ...env } = process.env;
  const buildEnv = { ...env, NEXT_TELEMETRY_DISABLED: "1", BENCH_BUILD: "1" };
  if ((await runToEnd([bin("tsx/dist/cli.mjs"), "scripts/generate.ts"], buildEnv, logFile)) !== 0)
    throw new Error(`prisma generate failed (log: ${logFile})`);
  const started = performance.now();
  if ((await runToEnd([bin("next/dist/bin/next"), "build"], buildEnv, logFile)) !== 0)
    throw new Error(`next build failed (log: ${logFile})`);
  return `built in ${((performance.now() - started) / 1000).toFixed(0)} s (${builtAt ? "sources changed" : "no build yet"})`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type App = { baseUrl: string; stop: () => Promise<void>; killNow: () => void };

/** The production server (lib/server/main.ts) detached in its own process group, output to logFile. */
export async function startApp(databaseUrl: string, logFile: string, { benchBuild = true } = {}): Promise<App> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"), // fresh per run, never stored
    AUTH_TRUST_HOST: "true",
    APP_URL: baseUrl,
    EMAIL_WORKER: "off",
    NEXT_TELEMETRY_DISABLED: "1",
    // next.config.ts: serve .next-bench, the build with the floor page (the smoke run uses .next)
    ...(benchBuild ? { BENCH_BUILD: "1" } : {}),
  };
  const log = openSync(logFile, "a");
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "lib/server/main.ts"), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
  closeSync(log);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => child.on("exit", (code) => ((exitCode = code), resolve())));
  const killNow = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    killNow(); // stragglers such as next-server
  };
  const deadline = Date.now() + 60_000;
  while (true) {
    if (exitCode !== undefined) throw new Error(`the server exited with status ${exitCode}:\n${tail(logFile)}`);
    try {
      await fetch(`${baseUrl}/sign-in`, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return { baseUrl, stop, killNow };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the server did not answer within 60 s:\n${tail(logFile)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export const tail = (file: string, lines = 30) =>
  existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "";

type Jar = Map<string, string>;
const remember = (jar: Jar, response: Response) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
};
const cookieHeader = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/**
 * Signs in through Auth.js's credentials callback, like the browser's form post: the CSRF token
 * and cookie from /api/auth/csrf, then one POST (failed attempts are throttled per account + IP,
 * so there is no retry). Returns the Cookie header of the signed-in session.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar: Jar = new Map();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  remember(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/overview` }),
  });
  remember(jar, response);
  const location = response.headers.get("location") ?? "";
  if (
    response.status >= 400 ||
    location.includes("error=") ||
    ![...jar.keys()].some((name) => name.includes("session-token"))
  ) {
    throw new Error(`sign-in as ${email} failed: HTTP ${response.status}${location ? ` → ${location}` : ""}`);
  }
  const cookie = cookieHeader(jar);
  const check = await fetch(`${baseUrl}/overview`, { redirect: "manual", headers: { cookie } });
  await check.arrayBuffer();
  if (check.status !== 200)
    throw new Error(`signed in, but /overview answered ${check.status} ${check.headers.get("location") ?? ""}`);
  return cookie;
}
