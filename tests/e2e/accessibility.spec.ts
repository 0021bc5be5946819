// ENGINEERING §4: an axe scan of every page, in English and German, as the people who use them.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, signInAsOperator } from "./helpers";

test.describe.configure({ timeout: 120_000 });

async function scan(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  await expectNoAxeViolations(page);
}

test("signed-out pages", async ({ page }) => {
  for (const path of ["/sign-in", "/operator/sign-in", "/no-such-page"]) await scan(page, path);
});

test("partner pages as a Global admin, in English and German", async ({ page }) => {
  await signIn(page, "admin@fabrikam.example");
  for (const locale of ["English", "Deutsch"]) {
    await page.goto("/overview");
    await page.getByRole("button", { name: locale }).click();
    for (const path of [
      "/overview",
      "/settings/users",
      "/settings/users/new",
      "/settings/partner-profile",
      "/settings/audit-log",
      "/change-password",
    ])
      await scan(page, path);
    await page.goto("/settings/users");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.getByRole("button", { name: "English" }).click();
});

test("a customer's Overview and a no-access notice", async ({ page }) => {
  await signIn(page, "admin@contoso.example");
  await scan(page, "/overview");
  await expect(page.getByText("Fabrikam Solutions")).toBeVisible();
});

test("operator console pages", async ({ page }) => {
  await signInAsOperator(page);
  for (const path of ["/operator", "/operator/audit-log"]) await scan(page, path);
});

test("the development Mailbox", async ({ page }) => {
  await scan(page, "/dev/mailbox");
  const first = page.getByRole("table").getByRole("link").first();
  if (await first.count()) {
    await first.click();
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
