// The foundation as a person meets it: sign-in, sessions, the shell, languages, the operator console.
import { expect, test } from "@playwright/test";
import { attemptSignIn, DEMO_PASSWORD, navLinks, signIn, signInAsOperator, signInWithForm } from "./helpers";

test("a demo partner admin signs in and sees the Overview with programs and the agreement", async ({ page }) => {
  await signInWithForm(page, "admin@northwind.example");
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(page.getByText("Northwind Distribution").first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Indirect provider" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Approved" })).toBeVisible();
  await expect(page.getByText(/Version 2026-01 accepted/)).toBeVisible();
});

test("R5 a partner without the current Partner Agreement sees it as a pending step", async ({ page }) => {
  await signIn(page, "admin@tailwindtraders.example");
  await expect(page.getByRole("status").filter({ hasText: "Pending steps" })).toContainText("Partner Agreement");
});

test("sign-in never reveals whether an email exists", async ({ page }) => {
  await attemptSignIn(page, "nobody-here@fabrikam.example", "Wrong-password-123");
  const unknown = await page.getByRole("main").getByRole("alert").textContent();
  await attemptSignIn(page, "agent@fabrikam.example", "Wrong-password-123");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(unknown!);
  expect(unknown).toContain("The email or password is incorrect.");
});

test("signed-out visitors are sent to sign in, and signing out ends the session", async ({ page, context }) => {
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in/);
  await signInWithForm(page, "agent@fabrikam.example"); // its own session: this test ends it
  await expect(page).toHaveURL(/\/overview$/);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The old cookie, replayed, is useless: the session row was revoked.
  await context.addCookies(cookies);
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("P-… the navigation shows only what the roles allow", async ({ browser }) => {
  const expectations: [string, string[]][] = [
    [
      "admin@fabrikam.example",
      ["Overview", "Customers", "Indirect providers", "User management", "Partner profile", "Audit log", "Support"],
    ],
    ["users@fabrikam.example", ["Overview", "User management", "Partner profile", "Audit log"]],
    ["helpdesk@fabrikam.example", ["Overview", "Customers", "Indirect providers"]],
    [
      "admin@northwind.example",
      ["Overview", "Customers", "Indirect resellers", "User management", "Partner profile", "Audit log", "Support"],
    ],
  ];
  for (const [email, links] of expectations) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page).toHaveURL(/\/overview$/);
    expect(await navLinks(page)).toEqual(links);
    await context.close();
  }
});

test("P-users-view a helpdesk agent gets not-found for user management, even by URL", async ({ page }) => {
  await signIn(page, "helpdesk@fabrikam.example");
  await expect(page).toHaveURL(/\/overview$/);
  const response = await page.goto("/settings/users");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the language switch turns the portal German and back", async ({ page }) => {
  await signIn(page, "admin@fabrikam.example");
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Übersicht", level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Benutzerverwaltung" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
});

test("a partner account can never reach the operator console", async ({ page }) => {
  await signIn(page, "admin@northwind.example");
  await expect(page).toHaveURL(/\/overview$/);
  await page.goto("/operator");
  await expect(page).toHaveURL(/\/operator\/sign-in$/);
  // Partner credentials don't work on the operator sign-in either.
  await page.getByLabel("Email").fill("admin@northwind.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("incorrect");
});

test("an operator signs in to the console and sees the program at a glance", async ({ page }) => {
  await signInAsOperator(page, { withForm: true });
  await expect(page.getByRole("heading", { name: "Program at a glance" })).toBeVisible();
  await expect(page.locator("dt").filter({ hasText: "Partner organizations" })).toBeVisible();
});

test("every response carries the security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("base-uri 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
});
