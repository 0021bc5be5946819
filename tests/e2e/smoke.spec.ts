// Smoke test of the production build: the sign-in page renders and passes an axe scan (ENGINEERING §4).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

test("sign-in page shows its heading and has no accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);
});
