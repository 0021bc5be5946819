// Generates the Prisma client (lib/generated, git-ignored). npm skips install scripts here,
// so dev, build and test run this first. Skips the work when the schema hasn't changed.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");

export function generatePrismaClient() {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const generator = readFileSync(path.join(root, "prisma/datamodel-snapshot.mjs"), "utf8");
  const stamp = path.join(root, "lib/generated/.schema-hash");
  const hash = createHash("sha256").update(schema).update(generator).digest("hex");
  if (
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === hash &&
    existsSync(path.join(root, "lib/generated/prisma/client.ts"))
  )
    return;
  // `prisma generate` only needs the schema engine binary to exist; it is never run for generate.
  const engineStub = ["/bin/false", "/usr/bin/false"].find(existsSync);
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: engineStub,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  writeFileSync(stamp, hash);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) generatePrismaClient();
