// Prisma CLI configuration. The CLI is used only for `prisma generate` here: migrations are
// applied by lib/db/migrate.ts because Prisma's native schema engine can't be downloaded.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/partner_center" },
});
