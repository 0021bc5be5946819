// Unit tests (tests/unit) and integration tests against real PostgreSQL (tests/integration).
// tests/setup/global-setup.ts provides a fresh migrated database when `npm test` didn't.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Outside Next the marker package throws on import; tests run server code directly.
      { find: /^server-only$/, replacement: `${root}tests/setup/empty.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/env.ts"],
    // Separate processes: native modules (argon2, pg) and the db singleton stay per file group.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    passWithNoTests: true,
  },
});
