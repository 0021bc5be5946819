// End-to-end tests in Debian's Chromium. `npm test` builds the app, runs the production server
// (server/main.ts) itself and passes PLAYWRIGHT_BASE_URL; a bare `npx playwright test` starts (or reuses) `npm run dev` instead.
import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/find-chromium.ts";

const externalServer = process.env.PLAYWRIGHT_BASE_URL;
const baseURL = externalServer ?? "http://localhost:3000";
const jsonReport = process.env.PLAYWRIGHT_JSON_REPORT; // scripts/test.ts reads the counts from it

export default defineConfig({
  testDir: "tests/e2e",
  // Per-run folder from scripts/test.ts: Playwright empties outputDir at start, which would break a parallel run in the same tree.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? "test-results",
  fullyParallel: true,
  // One worker per core (PLAYWRIGHT_WORKERS overrides): the server and Chromium share the same cores.
  workers: Number(process.env.PLAYWRIGHT_WORKERS) || Math.max(2, os.availableParallelism()),
  retries: 0, // a flaky test is a failing test
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: jsonReport ? [["list"], ["json", { outputFile: jsonReport }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: externalServer
    ? undefined
    : { command: "npm run dev", url: baseURL, reuseExistingServer: true, timeout: 180_000 },
});
