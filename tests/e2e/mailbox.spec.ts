// L5 the development Mailbox (app/dev/mailbox): only with MAILBOX_DIR (npm test and npm run dev set
// it), never cached and never indexed.
import { expect, test } from "@playwright/test";

test("L5 the Mailbox pages send Cache-Control no-store and X-Robots-Tag noindex", async ({ page }) => {
  const response = await page.goto("/dev/mailbox");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-robots-tag"]).toContain("noindex");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // A message page too (an unknown id is a 404, with the same headers).
  const message = await page.request.get("/dev/mailbox/1700000000000-000001-abcdef");
  expect(message.status()).toBe(404);
  expect(message.headers()["cache-control"]).toContain("no-store");
  expect(message.headers()["x-robots-tag"]).toContain("noindex");
});
