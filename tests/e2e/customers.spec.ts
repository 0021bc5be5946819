// The Customers page as partners use it: search, filters, the down arrow (R10, R11), creating
// customers (R9, R18), Add products / View products (R10). Other specs add customers to the demo
// partners in parallel, so these tests look for their own names and never count a whole list.
import { expect, type Page, test } from "@playwright/test";
import { appDatabase } from "./app-database";
import { expectNoAxeViolations, signIn } from "./helpers";
import { toasts } from "./confirm-dialog";

test.describe.configure({ timeout: 120_000 });

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function searchCustomers(page: Page, text: string) {
  await page.goto("/customers");
  await page.getByLabel("Company name or domain").fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

/** Clicks a disclosure arrow until it reports expanded (a click before hydration does nothing). */
async function expand(page: Page, name: string) {
  const arrow = page.getByRole("button", { name });
  await expect(async () => {
    if ((await arrow.getAttribute("aria-expanded")) === "false") await arrow.click();
    await expect(arrow).toHaveAttribute("aria-expanded", "true", { timeout: 1000 });
  }).toPass();
}

/** Fills "Create a customer" and returns the temporary password shown on the confirmation. */
async function createCustomerViaUi(page: Page, customer: { name: string; domain: string; reseller?: string }) {
  await page.goto("/customers");
  await page.getByRole("link", { name: "Create a customer" }).click();
  await expect(page.getByRole("heading", { name: "Create a customer", level: 1 })).toBeVisible();
  await page.getByLabel("Company name").fill(customer.name);
  await page.getByLabel("Primary domain").fill(customer.domain);
  await page.getByLabel("Country").selectOption({ label: "Germany" });
  await page.getByLabel("Full name").fill("Gina Global");
  await page.getByLabel("Email (sign-in name)").fill(`admin@${customer.domain}`);
  if (customer.reseller)
    await page.getByLabel("Create for the indirect reseller").selectOption({ label: customer.reseller });
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { name: "Customer created" })).toBeVisible();
  await expect(page.getByTestId("sign-in-name")).toHaveText(`admin@${customer.domain}`);
  return (await page.getByTestId("temporary-password").textContent())!.trim();
}

test("Fabrikam: search, filters, and Contoso expanded — indirect, linked to Northwind, no Add products (EN and DE, axe)", async ({
  page,
}) => {
  await signIn(page, "admin@fabrikam.example");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Customers" }).click();
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  // P-customer-request: the request links; an indirect reseller doesn't create tenants (R9).
  await expect(page.getByRole("link", { name: "Request a reseller relationship" })).toHaveAttribute(
    "href",
    "/customers/request",
  );
  await expect(page.getByRole("link", { name: "Sent requests" })).toHaveAttribute("href", "/customers/requests");
  await expect(page.getByRole("link", { name: "Create a customer" })).toHaveCount(0);

  await searchCustomers(page, "CONTOSO.example");
  const contoso = page.getByRole("row", { name: /Contoso Ltd/ }).first();
  await expect(contoso).toBeVisible();
  await expectNoAxeViolations(page);

  // Filters: indirect + Northwind keeps Contoso; direct bill drops it.
  await page.getByLabel("Channel").selectOption({ label: "Indirect" });
  await page.getByLabel("Indirect provider").selectOption({ label: "Northwind Distribution" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/channel=indirect/);
  await expect(page.getByRole("button", { name: "Details for Contoso Ltd" })).toBeVisible();
  await page.getByLabel("Channel").selectOption({ label: "Direct bill" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/channel=direct-bill/);
  await expect(page.getByRole("button", { name: "Details for Contoso Ltd" })).toHaveCount(0);
  await expect(page.getByText("No customers match your search and filters.")).toBeVisible();

  // The down arrow, from the keyboard.
  await searchCustomers(page, "contoso");
  const arrow = page.getByRole("button", { name: "Details for Contoso Ltd" });
  await expect(arrow).toHaveAttribute("aria-expanded", "false");
  const details = page.locator(`#${await arrow.getAttribute("aria-controls")}`);
  await expect(details).toBeHidden();
  // Enter on the focused arrow (retried until the page has hydrated; a press before that does nothing).
  await expect(async () => {
    if ((await arrow.getAttribute("aria-expanded")) === "false") {
      await arrow.focus();
      await page.keyboard.press("Enter");
    }
    await expect(arrow).toHaveAttribute("aria-expanded", "true", { timeout: 1000 });
  }).toPass();
  await expect(details).toBeVisible();
  await expect(details.getByTestId("relationship")).toContainText(
    "Reseller relationship · Indirect · Linked indirect provider: Northwind Distribution",
  );
  await expect(details.getByTestId("other-partners")).toContainText("Northwind Distribution · Indirect provider");
  await expect(details.getByText("Acquired as an indirect reseller customer")).toBeVisible();
  await expect(details.getByRole("link", { name: "Add products" })).toHaveCount(0);
  await expect(details.getByRole("link", { name: "View products" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Space");
  await expect(arrow).toHaveAttribute("aria-expanded", "false");

  // R10 on the server too: the direct-bill pages refuse an indirect customer.
  await page.goto(
    `/customers/${(await page.getByRole("link", { name: "Contoso Ltd" }).getAttribute("href"))!.split("/").pop()}/products/add`,
  );
  await expect(page.getByText(/^Contoso Ltd was acquired as an indirect reseller customer.* R10$/)).toBeVisible();
  await page.goto("/customers/new");
  await expect(page.getByText(/^Indirect resellers don't create customer tenants.* R9$/)).toBeVisible();
  await expectNoAxeViolations(page);
  // R9 is no dead end: the way forward is requesting a reseller relationship.
  await page.getByRole("link", { name: "Request a reseller relationship instead" }).click();
  await expect(page.getByRole("heading", { name: "Request a reseller relationship", level: 1 })).toBeVisible();

  // German.
  await page.goto("/customers?q=contoso");
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Kunden", level: 1 })).toBeVisible();
  await expand(page, "Details zu Contoso Ltd");
  await expect(page.getByText("Verknüpfter indirekter Anbieter: Northwind Distribution")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("helpdesk agent: views customers but can't request or create (P-customer-request)", async ({ page }) => {
  await signIn(page, "helpdesk@fabrikam.example");
  await page.goto("/customers?q=contoso");
  await expect(page.getByRole("button", { name: "Details for Contoso Ltd" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Request a reseller relationship" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sent requests" })).toHaveCount(0);
  await page.goto("/customers/new");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("Adatum (direct bill) creates a customer: temporary password once (R18), Add products, View products (R10)", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin@adatum.example");
  const id = suffix();
  const name = `E2E Direct ${id}`;
  const domain = `e2e-direct-${id}.example`;
  await page.goto("/customers/new");
  await expect(page.getByLabel("Create for the indirect reseller")).toHaveCount(0); // not a provider
  await expectNoAxeViolations(page);
  const temporaryPassword = await createCustomerViaUi(page, { name, domain });
  expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{20}$/);
  await expect(page.getByText("it can't be shown again")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByText(temporaryPassword)).toHaveCount(0);

  // The customer's admin must change the temporary password first.
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  await signIn(customerPage, `admin@${domain}`, temporaryPassword);
  await expect(customerPage).toHaveURL(/\/change-password$/);
  await customerContext.close();

  await searchCustomers(page, domain);
  await expand(page, `Details for ${name}`);
  await expect(page.getByTestId("relationship")).toContainText("Reseller relationship · Direct bill");
  await expect(page.getByTestId("subscription-count")).toHaveText("Subscriptions: 0");
  await page.getByRole("link", { name: "Add products" }).click();
  await expect(page.getByRole("heading", { name: `Add products for ${name}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Quantity of Cloud Business Premium").fill("0");
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByText("Enter a whole number from 1 to 100,000, or leave it empty.")).toBeVisible();
  await page.getByLabel("Quantity of Cloud Business Premium").fill("");
  await page.getByLabel("Quantity of Cloud Business Standard").fill("12");
  await page.getByRole("button", { name: "Review order" }).click();
  // The review step: quantity, the catalog's unit price, the line and the order total; nothing ordered yet.
  const review = page.getByRole("region", { name: "Review the order" });
  await expect(review.getByTestId("order-line")).toHaveCount(1);
  for (const text of ["Cloud Business Standard", "12", "$12.50", "$150.00"])
    await expect(review.getByTestId("order-line")).toContainText(text);
  await expect(review.getByTestId("order-total")).toHaveText("Total per month: $150.00");
  await expectNoAxeViolations(page);
  await review.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: `Products of ${name}` })).toBeVisible();
  await expect(toasts(page)).toContainText("The order was placed: $150.00 per month.");
  await expect(page.getByRole("row", { name: /Cloud Business Standard/ })).toContainText("12");
  await expect(page.getByRole("row", { name: /Cloud Business Standard/ })).toContainText("$12.50");
  await expectNoAxeViolations(page);
  await searchCustomers(page, domain);
  await expand(page, `Details for ${name}`);
  await expect(page.getByTestId("subscription-count")).toHaveText("Subscriptions: 1");
  await page.getByRole("link", { name: "View products" }).click();
  await expect(page.getByRole("row", { name: /Cloud Business Standard/ })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId("relationship")).toContainText("Direct bill");
  await expectNoAxeViolations(page);
});

test("R9: Northwind (provider) creates a customer for Fabrikam — it appears in both customer lists", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin@northwind.example");
  const id = suffix();
  const name = `E2E Joint ${id}`;
  const domain = `e2e-joint-${id}.example`;
  await page.goto("/customers/new");
  await expect(
    page.getByText("As an indirect provider you create the customer for one of your indirect resellers"),
  ).toBeVisible();
  // Without a reseller, a provider is told to name one (R9).
  await page.getByLabel("Company name").fill(name);
  await page.getByLabel("Primary domain").fill(domain);
  await page.getByLabel("Country").selectOption({ label: "Germany" });
  await page.getByLabel("Full name").fill("Jo Joint");
  await page.getByLabel("Email (sign-in name)").fill(`admin@${domain}`);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByText("Choose the indirect reseller you create this customer for (R9).")).toBeVisible();
  await expect(page.getByLabel("Company name")).toHaveValue(name);
  await expectNoAxeViolations(page);

  await createCustomerViaUi(page, { name, domain, reseller: "Fabrikam Solutions" });
  await expect(
    page.getByText(`${name} was created for Fabrikam Solutions and appears in both customer lists.`),
  ).toBeVisible();
  await searchCustomers(page, name);
  await expand(page, `Details for ${name}`);
  await expect(page.getByTestId("relationship")).toContainText(
    "Indirect · Linked indirect reseller: Fabrikam Solutions",
  );

  const fabrikamContext = await browser.newContext();
  const fabrikam = await fabrikamContext.newPage();
  await signIn(fabrikam, "admin@fabrikam.example");
  await searchCustomers(fabrikam, name);
  await expand(fabrikam, `Details for ${name}`);
  await expect(fabrikam.getByTestId("relationship")).toContainText(
    "Indirect · Linked indirect provider: Northwind Distribution",
  );
  await expect(fabrikam.getByRole("link", { name: "Add products" })).toHaveCount(0);
  await fabrikamContext.close();
});

test("German: every Customers page of a direct-bill customer passes axe (detail, View products, Add products, Create a customer)", async ({
  page,
}) => {
  // A direct-bill customer of Adatum with one subscription, made in SQL (the UI flow is above).
  const id = suffix();
  const db = appDatabase();
  const {
    rows: [customer],
  } = await db.query<{ id: string }>(
    "INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at) VALUES (gen_random_uuid(), 'CUSTOMER', $1, $2, 'AT', now()) RETURNING id",
    [`E2E Deutsch ${id}`, `e2e-deutsch-${id}.example`],
  );
  const {
    rows: [adatum],
  } = await db.query<{ id: string }>(
    "SELECT p.id FROM partner_organizations p JOIN tenants t ON t.id = p.tenant_id WHERE t.primary_domain = 'adatum.example'",
  );
  await db.query(
    "INSERT INTO customer_relationships (id, partner_id, customer_tenant_id, channel, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'DIRECT_BILL', 'ACTIVE', now())",
    [adatum.id, customer.id],
  );
  await db.query(
    "INSERT INTO subscriptions (id, partner_id, customer_tenant_id, product_sku, quantity, updated_at) VALUES (gen_random_uuid(), $1, $2, 'CLOUD-BACKUP-1TB', 3, now())",
    [adatum.id, customer.id],
  );

  await signIn(page, "admin@adatum.example");
  await page.goto(`/customers/${customer.id}`);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: `E2E Deutsch ${id}`, level: 1 })).toBeVisible();
  await expect(page.getByText("Österreich")).toBeVisible();
  await expect(page.getByTestId("subscription-count")).toHaveText("Abonnements: 1");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Produkte anzeigen" }).click();
  await expect(page.getByRole("row", { name: /Cloud-Backup 1 TB/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Produkte hinzufügen" }).click();
  await expect(page.getByLabel("Menge von Cloud Defender")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/customers/new");
  await expect(page.getByRole("heading", { name: "Kunden erstellen", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
