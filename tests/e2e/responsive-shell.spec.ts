// The signed-in shell on a phone (390 × 844): the navigation is a Menu button opening a drawer.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone the menu opens a drawer with the navigation, traps focus and closes", async ({ page }) => {
  test.slow(); // two axe scans and several navigations; `next dev` compiles on first hit
  await signIn(page, "admin@fabrikam.example");
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
  // Below `md` the sidebar is not shown; the Menu button is.
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav).toBeHidden();
  await expectNoAxeViolations(page);

  const menu = page.getByRole("button", { name: "Menu", exact: true });
  await menu.click();
  const drawer = page.getByRole("dialog", { name: "Menu" });
  await expect(drawer).toBeVisible();
  await expect(nav.getByRole("link")).toHaveText([
    "Overview",
    "Customers",
    "Indirect providers",
    "User management",
    "Partner profile",
    "Audit log",
    "Support",
  ]);
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Customers" })).not.toHaveAttribute("aria-current");
  // Focus moved in and stays in: from the first element, Shift+Tab wraps to the last, not the page.
  await expect(drawer.getByRole("button", { name: "Close menu" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(nav.getByRole("link", { name: "Support" })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(menu).toBeFocused();

  // A link navigates and closes the drawer; the new page is the one marked.
  await menu.click();
  await nav.getByRole("link", { name: "Customers" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await expect(drawer).toBeHidden();
  await menu.click();
  await expect(nav.getByRole("link", { name: "Customers" })).toHaveAttribute("aria-current", "page");
  await drawer.getByRole("button", { name: "Close menu" }).click();
  await expect(drawer).toBeHidden();
  await expect(menu).toBeFocused();
});
