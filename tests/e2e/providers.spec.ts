// §4 Indirect providers (reseller side): the demo Fabrikam sees Northwind with contact and support
// details and View customers shows Contoso (read-only, EN and DE, axe); who sees the page (P-customers-view,
// the reseller program); R5 readiness instead of "Invite new customers"; R7 View customers is the
// intersection and another reseller's provider is not found. Fresh partners come from SQL fixtures.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, navLinks, signIn } from "./helpers";
import { closeFixtures, createCustomerFixture, createLinkedPair, query } from "./providers.fixtures";

test.describe.configure({ timeout: 180_000 });
test.afterAll(closeFixtures);

test("§4 P-customers-view: Fabrikam's Global admin sees Northwind with contact and support details; View customers shows Contoso (EN and DE, axe)", async ({
  page,
}) => {
  await signIn(page, "admin@fabrikam.example");
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Indirect providers" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Indirect providers" })).toBeVisible({ timeout: 60_000 });
  const card = page.getByRole("article", { name: "Northwind Distribution" });
  for (const text of [
    "4100001",
    "Europe",
    "Nora Northwind",
    "partners@northwind.example",
    "+49 30 1234567",
    "support@northwind.example",
    "+49 30 7654321",
    "Active",
  ]) {
    await expect(card).toContainText(text);
  }
  await expect(card.getByRole("link", { name: "https://support.northwind.example" })).toBeVisible();
  await expect(card.getByRole("link", { name: "Invite new customers" })).toHaveAttribute(
    "href",
    /^\/indirect-providers\/[0-9a-f-]{36}\/invite-customers$/,
  );
  await expectNoAxeViolations(page);

  await card.getByRole("link", { name: "View customers" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Customers shared with Northwind Distribution" }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("row").filter({ hasText: "Contoso Ltd" })).toContainText("contoso.example");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Mit Northwind Distribution geteilte Kunden" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Indirekte Anbieter" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Indirekte Anbieter" })).toBeVisible();
  await expect(
    page.getByRole("article", { name: "Northwind Distribution" }).getByRole("link", { name: "Kunden anzeigen" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Indirect providers" })).toBeVisible();
});

test("P-customers-view / P-customer-request: a Helpdesk agent sees providers without Invite new customers; a User management admin and a provider get not found", async ({
  page,
  browser,
}) => {
  await signIn(page, "helpdesk@fabrikam.example");
  await page.goto("/indirect-providers");
  const card = page.getByRole("article", { name: "Northwind Distribution" });
  await expect(card.getByRole("link", { name: "View customers" })).toBeVisible({ timeout: 60_000 });
  await expect(card.getByRole("link", { name: "Invite new customers" })).toHaveCount(0);

  for (const email of ["users@fabrikam.example", "admin@northwind.example"]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, email);
    expect(await navLinks(other)).not.toContain("Indirect providers");
    await other.goto("/indirect-providers");
    await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await context.close();
  }
});

test("R5 and R7: a reseller without the Partner Agreement sees the missing step instead of Invite new customers; View customers shows only shared customers; another reseller's provider is not found", async ({
  page,
}) => {
  const pair = await createLinkedPair("Readiness", { resellerAgreement: false });
  const shared = await createCustomerFixture("Shared Customer", [
    { partnerId: pair.reseller.partnerId, linkedPartnerId: pair.provider.partnerId },
    { partnerId: pair.provider.partnerId, linkedPartnerId: pair.reseller.partnerId },
  ]);
  const resellerOnly = await createCustomerFixture("Reseller Only", [
    { partnerId: pair.reseller.partnerId, linkedPartnerId: pair.provider.partnerId },
  ]);
  const providerOnly = await createCustomerFixture("Provider Only", [
    { partnerId: pair.provider.partnerId, linkedPartnerId: pair.reseller.partnerId },
  ]);

  await signIn(page, pair.reseller.emails[0]);
  await page.goto("/indirect-providers");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "R5: Invite new customers becomes available when your organization has:" }),
  ).toContainText("the current Partner Agreement accepted", { timeout: 60_000 });
  const card = page.getByRole("article", { name: pair.provider.name });
  await expect(card).toContainText("Invite new customers: not available yet — see the missing steps above (R5).");
  await expect(card.getByRole("link", { name: "Invite new customers" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await card.getByRole("link", { name: "View customers" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Customers shared with ${pair.provider.name}` }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("1 shared customer", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: shared.name })).toBeVisible();
  await expect(page.getByText(resellerOnly.name)).toHaveCount(0);
  await expect(page.getByText(providerOnly.name)).toHaveCount(0);

  const [northwind] = await query<{ id: string }>("SELECT id FROM partner_organizations WHERE pn_id = '4100001'");
  await page.goto(`/indirect-providers/${northwind.id}/customers`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Contoso Ltd")).toHaveCount(0);
});
