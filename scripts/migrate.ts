// Applies pending migrations to DATABASE_URL (production deploys; dev and test do it themselves).
import { ensureDatabase, migrate } from "../lib/db/migrate.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the PostgreSQL to migrate.");
  process.exit(1);
}
await ensureDatabase(url);
const result = await migrate(url);
console.log(
  `${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(", ")}` : ""}; ${result.alreadyApplied} already applied.`,
);
