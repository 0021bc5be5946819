// `npm run dev`: the portal on http://localhost:3000 with an embedded PostgreSQL (unless
// DATABASE_URL is set), migrations, the demo data on an empty database, a local mail catcher
// (unless SMTP_URL is set) and Next in development mode behind the app server (lib/server/main.ts).
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../lib/db/embedded-postgres.ts";
import { ensureDatabase, migrate } from "../lib/db/migrate.ts";
import { startMailCatcher } from "../lib/dev-mail/mail-catcher.ts";
import { ensureLocalEnv, ROOT } from "./local-env.ts";

// The seed imports the generated client, so generate it before loading the seed.
(await import("./generate.ts")).generatePrismaClient();
const { DEMO_PASSWORD, seedDemo } = await import("../prisma/seed-demo.ts");

const env: Record<string, string | undefined> = { ...process.env, ...ensureLocalEnv(), NEXT_TELEMETRY_DISABLED: "1" };
const port = Number(process.env.PORT ?? 3000);
env.APP_URL ??= `http://localhost:${port}`; // links in emails
const cleanups: (() => Promise<unknown>)[] = [];

let postgres: RunningPostgres | undefined;
if (!env.DATABASE_URL) {
  postgres = await startEmbeddedPostgres({
    dataDir: path.join(ROOT, ".data/postgres"),
    preferredPort: 5432,
    quiet: true,
  });
  cleanups.push(() => postgres!.stop());
  env.DATABASE_URL = postgres.url("partner_center");
}
await ensureDatabase(env.DATABASE_URL!);
const migrations = await migrate(env.DATABASE_URL!);
const seeded = await seedDemo(env.DATABASE_URL!);

let mailboxNote = `SMTP_URL (${env.SMTP_URL})`;
if (!env.SMTP_URL) {
  const catcher = await startMailCatcher({ dir: path.join(ROOT, ".data/mailbox") });
  cleanups.push(() => catcher.stop());
  env.SMTP_URL = catcher.url;
  env.MAILBOX_DIR = path.join(ROOT, ".data/mailbox");
  mailboxNote = `http://localhost:${port}/dev/mailbox (SMTP ${catcher.url})`;
}

const next = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    path.join(ROOT, "lib/server/main.ts"),
    "--dev",
    "--port",
    String(port),
    "--hostname",
    "127.0.0.1",
  ],
  {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    stdio: "inherit",
    detached: true,
  },
);

console.log(`
  Partner Center       http://localhost:${port}
  Database             ${postgres ? `embedded PostgreSQL on port ${postgres.port} (.data/postgres)` : "DATABASE_URL"}; ${migrations.applied.length} migration(s) applied, demo data ${seeded}
  Demo sign-in         admin@fabrikam.example / ${DEMO_PASSWORD}   (all demo accounts use this password)
  Operator console     http://localhost:${port}/operator  operator@contoso-cloud.example
  Caught mail          ${mailboxNote}
`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-next.pid!, "SIGTERM"); // the whole group, in case Next left a child behind
  } catch {}
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
next.on("exit", (code) => shutdown(code ?? 0));
