// §6 audit log pages in the browser (demo data, SPEC §7): P-audit-view in the portal, the CSV
// download, the operator console's view of all organizations, and axe scans of both pages.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, signInAsOperator } from "./helpers";

test("P-audit-view §6 a Global admin filters the audit log and exports CSV", async ({ page }) => {
  test.slow(); // several navigations, an axe scan and a download; `next dev` compiles on first hit
  await signIn(page, "admin@fabrikam.example");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expectNoAxeViolations(page);

  const search = page.getByRole("search", { name: "Filter audit events" });
  await search.getByLabel("Actor").fill("fabrikam");
  await search.getByLabel("From").fill("2024-01-01");
  await search.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/actor=fabrikam/);
  await expect(page).toHaveURL(/from=2024-01-01/);

  // The export link carries the filter and answers with a no-store CSV attachment.
  const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  expect(href).toContain("actor=fabrikam");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect((await response.text()).startsWith("\uFEFFtime_utc,actor,action,")).toBe(true);

  // An invalid date is a field message, not an error page.
  await page.goto("/settings/audit-log?from=2024-02-30");
  await expect(page.getByText("Enter a valid date (YYYY-MM-DD).")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Correct the filter to see events." })).toBeVisible();

  await search.getByRole("link", { name: "Reset" }).click();
  await expect(page).toHaveURL(/\/settings\/audit-log$/);
  // Even a Global admin's session never reaches the operator's export.
  expect((await page.request.get("/operator/audit-log/export")).status()).toBe(404);
});

test("P-audit-view a Helpdesk agent gets not found for the page and the export", async ({ page }) => {
  await signIn(page, "helpdesk@fabrikam.example");
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  const response = await page.goto("/settings/audit-log");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/settings/audit-log/export")).status()).toBe(404);
});

test("§6 the operator console lists all organizations' audit events", async ({ page }) => {
  test.slow(); // sign-in, two pages, an axe scan and a download under `next dev`
  await signInAsOperator(page);
  await page.getByRole("link", { name: "Audit log of all organizations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log: all organizations" })).toBeVisible();
  await expect(page.getByRole("search").getByLabel("Organization")).toBeVisible();
  await expectNoAxeViolations(page);
  const response = await page.request.get("/operator/audit-log/export?org=fabrikam");
  expect(response.status()).toBe(200);
  expect((await response.text()).startsWith("\uFEFFtime_utc,organization,organization_domain,actor,")).toBe(true);
});
