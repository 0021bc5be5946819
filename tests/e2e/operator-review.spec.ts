// Operator console → Enrollments and Partners, and the R5 Partner Agreement on the Overview, as
// people do them in the browser. Fresh organizations come from SQL fixtures (demo data stays untouched).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, signInAsOperator } from "./helpers";
import { closeFixtures, createPartnerFixture, query } from "./operator-review.fixtures";
import { toasts } from "./confirm-dialog";

// Several sign-ins and server actions per test: room for a cold `next dev` (under `next start` they take seconds).
test.describe.configure({ timeout: 120_000 });
test.afterAll(closeFixtures);

const noRoles = (suffix: string) => ({
  local: "enroller",
  name: `Enrolling ${suffix}`,
  agent: "NO_AGENT",
  admin: "NO_ADMIN",
});

test("the operator approves an enrollment from the queue: roles, email and audit follow", async ({ page }) => {
  const org = await createPartnerFixture({
    label: "Review Approve",
    country: "IS",
    enrollments: [{ program: "INDIRECT_RESELLER", status: "IN_REVIEW" }],
    users: [noRoles("A")],
  });
  await signInAsOperator(page);
  await page.getByRole("link", { name: /Enrollments: review queue/ }).click();
  await expect(page.getByRole("heading", { name: "Enrollments", level: 1 })).toBeVisible();
  await page.getByLabel("Program").selectOption({ label: "Indirect reseller" });
  await page.getByLabel("Country").selectOption({ label: "Iceland" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/country=IS/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: org.name }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${org.name}: Indirect reseller`);
  for (const text of [org.contactEmail, org.pnId, org.domain, org.emails[0], "Casey Contact"])
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Submitted");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("The enrollment is approved. The primary contact gets an email.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Decided: Approved" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Approved by");

  const [enrollment] = await query("SELECT status FROM program_enrollments WHERE id = $1", [org.enrollmentIds[0]]);
  expect(enrollment.status).toBe("APPROVED");
  const [user] = await query("SELECT agent_role, admin_role FROM users WHERE email = $1", [org.emails[0]]);
  expect(user).toEqual({ agent_role: "ADMIN_AGENT", admin_role: "GLOBAL_ADMIN" });
  const mails = await query("SELECT template, to_address FROM outbox_emails WHERE tenant_id = $1", [org.tenantId]);
  expect(mails).toEqual([{ template: "enrollment-approved", to_address: org.contactEmail }]);
  const events = await query("SELECT action, actor_label FROM audit_events WHERE tenant_id = $1 ORDER BY action", [
    org.tenantId,
  ]);
  expect(events).toEqual([
    { action: "enrollment.approved", actor_label: "operator@contoso-cloud.example" },
    { action: "user.roles_changed", actor_label: "operator@contoso-cloud.example" },
  ]);
});

test("the operator rejects with a required reason; an enrollment waiting for email verification can't be decided (R12)", async ({
  page,
}) => {
  const org = await createPartnerFixture({
    label: "Review Reject",
    country: "IS",
    enrollments: [{ program: "DIRECT_BILL", status: "IN_REVIEW" }],
  });
  const waiting = await createPartnerFixture({
    label: "Review Waiting",
    country: "IS",
    enrollments: [{ program: "INDIRECT_PROVIDER", status: "AWAITING_EMAIL_VERIFICATION" }],
  });
  await signInAsOperator(page);
  await page.goto("/operator/enrollments?status=IN_REVIEW&country=IS&program=DIRECT_BILL");
  await page.getByRole("link", { name: org.name }).click();
  await page.getByRole("button", { name: "Reject" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Reject the enrollment of ${org.name}?` });
  await dialog.getByRole("button", { name: "Reject enrollment" }).click();
  await expect(dialog.getByText("Enter a reason.")).toBeVisible();
  await expect(dialog.getByLabel("Reason for the rejection")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Reason for the rejection").fill("The PN ID belongs to another organization.");
  await dialog.getByRole("button", { name: "Reject enrollment" }).click();
  await expect(toasts(page)).toContainText(
    "The enrollment is rejected. The primary contact gets an email with the reason.",
  );
  await expect(page.getByRole("status").filter({ hasText: "Decided: Rejected" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText(
    "The PN ID belongs to another organization.",
  );
  const mails = await query("SELECT template, to_address FROM outbox_emails WHERE tenant_id = $1", [org.tenantId]);
  expect(mails).toEqual([{ template: "enrollment-status", to_address: org.contactEmail }]);
  // The email as delivered over SMTP (development Mailbox) carries the reason.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await page
      .getByRole("row", { name: new RegExp(org.contactEmail) })
      .getByRole("link")
      .click({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByRole("main")).toContainText("The PN ID belongs to another organization.");

  await page.goto("/operator/enrollments?status=ALL&country=IS");
  await page.getByRole("link", { name: waiting.name }).click();
  await expect(page.getByText(/can't be decided yet.*\(R12\)/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByText("Not verified yet")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("R14 the operator marks a direct-bill partner eligible for the move to indirect reseller, and unmarks it", async ({
  page,
}) => {
  const org = await createPartnerFixture({
    label: "Review Direct",
    enrollments: [{ program: "DIRECT_BILL", status: "APPROVED" }],
    agreement: true,
  });
  await signInAsOperator(page);
  await page.getByRole("link", { name: /Partners: programs and eligibility/ }).click();
  await page.getByLabel("Search by name, PN ID or domain").fill(org.pnId);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row", { name: new RegExp(org.name) });
  await expect(row).toContainText("Direct-bill partner (Approved)");
  await expect(row).toContainText("Not eligible");
  await expectNoAxeViolations(page);
  await row.getByRole("button", { name: `Mark eligible: ${org.name}` }).click();
  await expect(row).toContainText("Eligible since");
  await expect(row.getByRole("status")).toContainText("is now eligible");
  const [marked] = await query("SELECT indirect_move_eligible_at FROM partner_organizations WHERE id = $1", [
    org.partnerId,
  ]);
  expect(marked.indirect_move_eligible_at).not.toBeNull();
  await row.getByRole("button", { name: `Remove eligibility: ${org.name}` }).click();
  await expect(row).toContainText("Not eligible");
  const events = await query(
    "SELECT after FROM audit_events WHERE tenant_id = $1 AND action = 'partner.indirect_move_eligibility_changed' ORDER BY created_at",
    [org.tenantId],
  );
  expect(events.map((event) => event.after)).toEqual([{ eligible: true }, { eligible: false }]);

  // A reseller gets no control.
  await page.getByLabel("Search by name, PN ID or domain").fill("Fabrikam Solutions");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row", { name: /Fabrikam Solutions/ })).toContainText("Direct-bill partners only");
});

test("R5 a Global admin accepts the Partner Agreement on the Overview; other roles see who can", async ({ page }) => {
  const org = await createPartnerFixture({
    label: "Agreement Org",
    enrollments: [{ program: "INDIRECT_RESELLER", status: "APPROVED" }],
    users: [
      { local: "admin", name: "Gina Global", agent: "ADMIN_AGENT", admin: "GLOBAL_ADMIN" },
      { local: "agent", name: "Alex Agent", agent: "ADMIN_AGENT", admin: "NO_ADMIN" },
    ],
  });
  await signIn(page, org.emails[1]);
  const pending = page.getByRole("status").filter({ hasText: "Pending steps" });
  await expect(pending).toContainText("Partner Agreement");
  await expect(pending).toContainText("Only a Global admin can accept it: Gina Global.");
  await expect(page.getByRole("button", { name: "Accept", exact: true })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, org.emails[0]);
  // The pending step is a link to the agreement's text, with the form under it.
  await page.getByRole("link", { name: "Read and accept the agreement" }).first().click();
  await expect(page.getByRole("heading", { name: "Partner Agreement", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "2. Customers" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Accept the Partner Agreement" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Signer's title").fill("Managing Director");
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByText("Tick the box to accept the Partner Agreement.")).toBeVisible();
  await page.getByLabel(`I accept the Partner Agreement version 2026-01 on behalf of ${org.name}.`).check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByText(/Version 2026-01 accepted on .* by Gina Global\./)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Pending steps" })).toHaveCount(0);
  const rows = await query(
    "SELECT signer_name, signer_title, version FROM agreement_acceptances WHERE partner_id = $1",
    [org.partnerId],
  );
  expect(rows).toEqual([{ signer_name: "Gina Global", signer_title: "Managing Director", version: "2026-01" }]);
  const [event] = await query(
    "SELECT actor_label FROM audit_events WHERE tenant_id = $1 AND action = 'agreement.accepted'",
    [org.tenantId],
  );
  expect(event.actor_label).toBe(org.emails[0]);
});

test("R5 Tailwind Traders' Global admin is offered the Partner Agreement (demo data left unaccepted)", async ({
  page,
}) => {
  await signIn(page, "admin@tailwindtraders.example");
  // The Overview's task links to the agreement's text, with the accept form under it.
  await page.getByRole("main").getByRole("link", { name: "Read and accept the agreement" }).first().click();
  await expect(page).toHaveURL(/\/overview\/partner-agreement$/);
  await expect(
    page.getByLabel(/I accept the Partner Agreement version 2026-01 on behalf of Tailwind Traders/),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept", exact: true })).toBeVisible();
});
