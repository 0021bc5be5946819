// Child process of scripts/test.ts: loads the demo scenario (SPEC §7) into the e2e database with
// prisma/seed-demo.ts's seedDemo(). Run with --import tests/setup/server-only-hook.mjs.
import path from "node:path";
import { pathToFileURL } from "node:url";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL (the e2e database) is not set");
const { seedDemo } = await import(pathToFileURL(path.resolve(import.meta.dirname, "../../prisma/seed-demo.ts")).href);
await seedDemo(url);
process.exit(0); // the seed's connection pools would otherwise keep the process alive
