// Smoke test of the production build: the sign-in page renders and passes an axe scan (ENGINEERING §4).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("sign-in page shows its heading and has no accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
});
