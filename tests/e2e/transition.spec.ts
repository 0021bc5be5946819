// R14 end to end: an eligible direct-bill partner enrolls as indirect reseller with its existing
// tenant (the wizard), the operator approves (console), and only "Accept and continue" — typing
// the organization's name — turns the indirect reseller capabilities on. A fresh partner from a
// SQL fixture plays Adatum Direct's part, so the shared demo partner keeps its state for others.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations, navLinks, signIn, signInAsOperator } from "./helpers";
import { closeFixtures, createPartnerFixture, query } from "./operator-review.fixtures";

// Generous limits: under a cold `next dev` each wizard step compiles first; under `next start` the test takes seconds.
test.describe.configure({ timeout: 240_000 });
test.afterAll(closeFixtures);

async function approveInConsole(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsOperator(page);
  await page.goto("/operator/enrollments?program=INDIRECT_RESELLER");
  await page.getByRole("link", { name }).click();
  await expect(page.getByText(/R14: a direct-bill partner's move to indirect reseller/)).toBeVisible();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Decided: Approved" })).toBeVisible();
  await context.close();
}

test("R14 enroll with the existing tenant → operator approves → Accept and continue (exact name) → both programs", async ({
  page,
  browser,
}) => {
  const org = await createPartnerFixture({
    label: "Transition Direct",
    enrollments: [{ program: "DIRECT_BILL", status: "APPROVED" }],
    agreement: true,
    eligible: true,
    users: [
      { local: "admin", name: "Ada Admin", agent: "ADMIN_AGENT", admin: "GLOBAL_ADMIN" },
      { local: "agent", name: "Alex Agent", agent: "ADMIN_AGENT", admin: "NO_ADMIN" },
    ],
  });

  // The Overview offers the move to an eligible partner's Global admin; the wizard (another
  // engineer's pages) enrolls with the existing tenant and details.
  await signIn(page, org.emails[0]);
  await expect(page.getByRole("region", { name: "Move to indirect reseller" })).toContainText(
    "is eligible to enroll as indirect reseller",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Enroll as indirect reseller" }).click();
  await expect(
    page.getByRole("heading", { name: "Enroll as indirect reseller with your existing tenant" }),
  ).toBeVisible({ timeout: 60_000 });
  await page.getByRole("link", { name: "Next" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/enroll\/indirect-reseller\/details$/, { timeout: 60_000 });
  await page.getByLabel(/can't be undone/).check();
  await page.getByRole("button", { name: "Enroll now" }).click();
  await expect(page.getByRole("heading", { name: "Your enrollment is in review" })).toBeVisible({ timeout: 60_000 });

  await approveInConsole(browser, org.name);

  // Approved, but the capabilities stay off until the indirect reseller agreement is accepted.
  await page.goto("/overview");
  await expect(page.getByTestId("active-programs")).toHaveText("Your programs: Direct-bill partner");
  await expect(page.getByRole("region", { name: "Move to indirect reseller" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Pending steps" })).toContainText(
    "Accept the indirect reseller agreement",
  );
  await expect(page.getByRole("heading", { name: "Indirect reseller agreement" })).toBeVisible();
  await expect(page.getByText(/There is no rollback/)).toBeVisible();
  expect(await navLinks(page)).not.toContain("Indirect providers");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Vereinbarung für indirekte Reseller" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();

  // Another role sees the step and who can accept it, without the button.
  const agentContext = await browser.newContext();
  const agentPage = await agentContext.newPage();
  await signIn(agentPage, org.emails[1]);
  await expect(agentPage.getByRole("status").filter({ hasText: "Pending steps" })).toContainText(
    "Only a Global admin can accept it: Ada Admin.",
  );
  await expect(agentPage.getByRole("button", { name: "Accept and continue" })).toHaveCount(0);
  await agentContext.close();

  // No rollback: the confirm dialog's button waits until the name is typed exactly (the server checks it too).
  await page.getByRole("button", { name: "Accept and continue" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Accept the indirect reseller agreement?" });
  const confirm = dialog.getByLabel(`Type ${org.name} to confirm`);
  await confirm.fill(org.name.toLowerCase());
  await expect(dialog.getByRole("button", { name: "Accept and continue" })).toBeDisabled();
  expect(
    await query("SELECT 1 FROM agreement_acceptances WHERE partner_id = $1 AND kind = 'INDIRECT_RESELLER_AGREEMENT'", [
      org.partnerId,
    ]),
  ).toHaveLength(0);
  await confirm.fill(org.name);
  await dialog.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.getByTestId("active-programs")).toHaveText("Your programs: Direct-bill partner, Indirect reseller");
  await expect(page.getByText(/Indirect reseller agreement accepted on .* by Ada Admin\./)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Pending steps" })).toHaveCount(0);
  // R14: the capabilities are on — the reseller's Indirect providers page is in the navigation and opens.
  expect(await navLinks(page)).toContain("Indirect providers");
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Indirect providers" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Indirect providers" })).toBeVisible();

  const rows = await query(
    "SELECT kind, signer_name FROM agreement_acceptances WHERE partner_id = $1 AND kind = 'INDIRECT_RESELLER_AGREEMENT'",
    [org.partnerId],
  );
  expect(rows).toEqual([{ kind: "INDIRECT_RESELLER_AGREEMENT", signer_name: "Ada Admin" }]);
  const events = await query(
    "SELECT actor_label FROM audit_events WHERE tenant_id = $1 AND action = 'agreement.indirect_reseller_accepted'",
    [org.tenantId],
  );
  expect(events).toEqual([{ actor_label: org.emails[0] }]);
});
