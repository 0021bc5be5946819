// Shared steps for the end-to-end tests, done the way a person does them in the browser.
import { expect, type Page } from "@playwright/test";
import axe from "axe-core";
import { OPERATOR_EMAIL, withSavedSession } from "./saved-sessions";

export const DEMO_PASSWORD = "Demo-Partner-2026!";

/** Fills and submits the sign-in form (of the server at `base`, default the tests' own) without waiting for the outcome. */
export async function attemptSignIn(page: Page, email: string, password = DEMO_PASSWORD, base = "") {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form and waits until the portal has taken over (Overview or the forced password change). */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await attemptSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/**
 * Signs in and opens the Overview. A demo user's session is made once per run through the form
 * and reused by every later test (saved-sessions.ts); other users, and tests about signing in or
 * out, go through the form (signInWithForm).
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  if (password !== DEMO_PASSWORD) return signInWithForm(page, email, password);
  await withSavedSession(page, email, "/overview", () => signInWithForm(page, email, password));
}

/** The demo operator, from the saved session unless `withForm`. */
export async function signInAsOperator(page: Page, { withForm = false } = {}) {
  const form = async () => {
    await page.goto("/operator/sign-in");
    await page.getByLabel("Email").fill(OPERATOR_EMAIL);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  if (withForm) await form();
  else await withSavedSession(page, OPERATOR_EMAIL, "/operator", form);
  await expect(page.getByRole("heading", { name: "Operator console", level: 1 })).toBeVisible();
}

export const uniqueEmail = (prefix: string, domain = "fabrikam.example") =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@${domain}`;

/** Settings → User management → Add user; returns the temporary password shown once. */
export async function addUserViaUi(page: Page, user: { name: string; email: string; agent: string; admin: string }) {
  await page.goto("/settings/users");
  await page.getByRole("link", { name: "Add user" }).click();
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("group", { name: "Agent type" }).getByRole("radio", { name: user.agent, exact: true }).check();
  await page.getByRole("group", { name: "Admin type" }).getByRole("radio", { name: user.admin, exact: true }).check();
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("heading", { name: "User added" })).toBeVisible();
  await expect(page.getByTestId("sign-in-name")).toHaveText(user.email);
  return (await page.getByTestId("temporary-password").textContent())!.trim();
}

/** Signs in with a temporary password and completes the forced change (R18). */
export async function completeFirstSignIn(page: Page, email: string, temporaryPassword: string, newPassword: string) {
  if (!page.url().endsWith("/change-password")) await signIn(page, email, temporaryPassword);
  await expect(page).toHaveURL(/\/change-password$/);
  await page.getByLabel("Current password").fill(temporaryPassword);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/overview$/);
}

/**
 * axe-core on the page as it is now, every rule axe enables by default. Faster than AxeBuilder
 * (3 s → 0.4 s a scan): axe is injected once per document (a resize or a click keeps it) and
 * runs in the page itself, with details only for violations — AxeBuilder injects it twice and
 * finishes every run in a new blank page.
 */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const { violations } = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }),
  );
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

export async function navLinks(page: Page) {
  return page.getByRole("navigation", { name: "Main navigation" }).getByRole("link").allTextContents();
}
