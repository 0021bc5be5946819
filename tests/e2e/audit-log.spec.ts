// §6 audit log pages in the browser (demo data, SPEC §7): P-audit-view in the portal, the CSV
// download, the operator console's view of all organizations, and axe scans of both pages.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { appDatabaseUrl } from "./app-database";
import { expectNoAxeViolations, signIn, signInAsOperator, uniqueEmail } from "./helpers";

// The e2e runner (scripts/test.ts) passes the app's DATABASE_URL: an undeliverable email can't be
// produced through the UI on demand (the SMTP peer is the catcher, which accepts everything), so
// the DEAD row is written directly, the way the worker leaves one.
async function insertDeadEmail(tenantOf: string, to: string, subject: string): Promise<string> {
  const client = new pg.Client({ connectionString: appDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO outbox_emails (id, tenant_id, template, to_address, subject, html, text, status, attempts, last_error, next_attempt_at, created_at, updated_at)
       SELECT gen_random_uuid(), tenant_id, 'support-reply', $2, $3, '<p>Your request was answered.</p>', 'Your request was answered.', 'DEAD', 8, '550 5.1.1 Mailbox unavailable', now(), now() - interval '1 hour', now()
         FROM users WHERE email = $1
       RETURNING id`,
      [tenantOf, to, subject],
    );
    if (rows.length !== 1) throw new Error(`no user ${tenantOf}`);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

async function outboxStatus(id: string): Promise<{ status: string; attempts: number }> {
  const client = new pg.Client({ connectionString: appDatabaseUrl() });
  await client.connect();
  try {
    return (
      await client.query<{ status: string; attempts: number }>(
        "SELECT status, attempts FROM outbox_emails WHERE id = $1",
        [id],
      )
    ).rows[0]!;
  } finally {
    await client.end();
  }
}

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
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
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

test("M7 a Global admin sees an undeliverable email under Audit log and retries it", async ({ page }) => {
  test.slow(); // sign-in, an axe scan and a server action under `next dev`
  const to = uniqueEmail("bounced");
  const subject = `Your support request ${Date.now().toString(36)}`;
  const id = await insertDeadEmail("admin@fabrikam.example", to, subject);

  await signIn(page, "admin@fabrikam.example");
  await page.goto("/settings/audit-log");
  await expect(page.getByText("Some emails could not be delivered.")).toBeVisible();
  await page.getByRole("link", { name: "Review undeliverable emails" }).click();
  const section = page.getByRole("region", { name: "Undeliverable emails", exact: true });
  await expect(section.getByRole("heading", { level: 2, name: "Undeliverable emails" })).toBeVisible();
  const row = section.getByRole("row").filter({ hasText: to });
  await expect(row).toContainText(subject);
  await expect(row).toContainText("support-reply");
  await expect(row).toContainText("550 5.1.1 Mailbox unavailable");
  await expect(row.getByRole("cell", { name: "8", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await row.getByRole("button", { name: `Retry the email to ${to}` }).click();
  await expect(section.getByRole("status")).toHaveText(`The email to ${to} is queued again and will be sent shortly.`);
  await expect(section.getByRole("row").filter({ hasText: to })).toHaveCount(0);
  // Re-queued as new; with SMTP configured (npm test, npm run dev) the worker sends it at once.
  await expect
    .poll(async () => (await outboxStatus(id)).status)
    .toMatch(process.env.SMTP_URL ? /^SENT$/ : /^(PENDING|SENT)$/);
  expect((await outboxStatus(id)).attempts).toBeLessThanOrEqual(1);

  // The retry is in the audit log.
  await page.goto("/settings/audit-log?action=email.retried");
  await expect(page.getByRole("row").filter({ hasText: to }).first()).toContainText("Undeliverable email retried");
});

test("M7 the operator console lists undeliverable emails of all organizations", async ({ page }) => {
  await signInAsOperator(page);
  await page.getByRole("link", { name: "Undeliverable emails of all organizations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Undeliverable emails: all organizations" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("M2 control characters in the audit filter are ignored, never a server error", async ({ page }) => {
  await signIn(page, "admin@fabrikam.example");
  for (const query of ["actor=%00", "actor=a%00b&exact=1", "from=%00", "action=%00"]) {
    expect((await page.request.get(`/settings/audit-log?${query}`)).status(), query).toBe(200);
    expect((await page.request.get(`/settings/audit-log/export?${query}`)).status(), `export ${query}`).toBe(200);
  }
});

test("M2 control characters in the operator's organization filter are ignored, never a server error", async ({
  page,
}) => {
  await signInAsOperator(page);
  for (const query of ["org=%00", "org=fabrikam%00&actor=%00"]) {
    expect((await page.request.get(`/operator/audit-log?${query}`)).status(), query).toBe(200);
    expect((await page.request.get(`/operator/audit-log/export?${query}`)).status(), `export ${query}`).toBe(200);
  }
});
