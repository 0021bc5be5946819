// Customer invitations, sending side, end to end: Request a reseller relationship (form → Check,
// every failing rule named → draft with the personal link → Send through the outbox → the link
// from the mail delivered over SMTP → the customer's Global admin accepts → the customer is in the
// partner's Customers list), the joint invitation (Fabrikam → Invite new customers with Northwind
// → a new customer accepts → both Customers lists, R8), Sent requests with Resend (the old link
// dies) and Revoke, who may open the pages, and axe in English and German on every page.
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  closeFixtures,
  createCustomerTenantFixture,
  createPartnerFixture,
  partnerIdOf,
  query,
  readInvitationMail,
} from "./customer-invitations.fixtures";
import { expectNoAxeViolations, signIn } from "./helpers";
import { confirmInDialog } from "./confirm-dialog";

test.afterAll(closeFixtures);

const admin = (name: string) => [{ local: "admin", name, agent: "ADMIN_AGENT", admin: "GLOBAL_ADMIN" }];
const alerts = (page: Page) => page.getByRole("main").getByRole("alert");

/** The customer's Global admin opens the link signed out, signs in from the landing page and accepts. */
async function acceptAsCustomer(browser: Browser, href: string, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(href);
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("Demo-Partner-2026!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("Your organization accepted this request")).toBeVisible();
  await context.close();
}

async function expectInCustomers(page: Page, customerName: string) {
  await page.goto(`/customers?q=${encodeURIComponent(customerName)}`);
  await expect(page.getByRole("main").getByText(customerName).first()).toBeVisible();
}

test("§4 R16 P-customer-request: Request a reseller relationship from the Customers page → Check → draft → Send → the customer accepts the mailed link → Customers list", async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(300_000);
  const partner = await createPartnerFixture({
    label: "Request Partner",
    enrollments: [{ program: "DIRECT_BILL", status: "APPROVED" }],
    agreement: true,
    users: admin("Dana Direct"),
  });
  const customer = await createCustomerTenantFixture("Request Customer");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, partner.emails[0]);
  await page.goto("/customers");
  await page.getByRole("link", { name: "Request a reseller relationship" }).click();
  await expect(page.getByRole("heading", { name: "Request a reseller relationship", level: 1 })).toBeVisible();
  await expect(
    page.getByText(`When the customer accepts, ${partner.name} gets a direct-bill reseller relationship`),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The pre-flight names every rule that would fail, and nothing is created.
  await page.getByLabel("Customer's email (optional)").fill("admin@litware.example");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(alerts(page)).toContainText(`The customer is in North America; ${partner.name} is in Europe. R1`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Customer's email (optional)").fill("admin@tailspin.example");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(alerts(page)).toContainText("Tailspin IT is a partner tenant. A partner tenant can never be a customer");
  await page.getByLabel("Link valid for (days)").fill("0");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByLabel("Link valid for (days)")).toHaveAccessibleDescription(
    /Enter a number of days from 1 to 90\./,
  );
  expect(await query("SELECT 1 FROM invitations WHERE inviter_id = $1", [partner.partnerId])).toHaveLength(0);

  await page.getByLabel("Customer's email (optional)").fill(customer.email);
  await page.getByLabel("Link valid for (days)").fill("14");
  await page.getByLabel("Email language").selectOption({ label: "English" });
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText("All checks passed.")).toBeVisible();
  await page.getByRole("button", { name: "Create draft" }).click();

  // The draft: editable text, the link read-only beside it, Copy, mail app, Send.
  await expect(page.getByRole("heading", { name: "Your draft" })).toBeVisible();
  const link = await page.getByLabel("Personal link (always included)").inputValue();
  expect(link).toMatch(/\/invitations\/customer\?token=[A-Za-z0-9_-]{43}$/);
  await expect(page.getByLabel("Personal link (always included)")).toHaveAttribute("readonly", "");
  await expect(page.getByTestId("draft-subject")).toHaveText(`${partner.name} asks to become your cloud partner`);
  const text = page.getByLabel("Email text");
  await expect(text).toHaveValue(new RegExp(`^Hello,\\n\\n${partner.name} would like to become your partner`));
  await text.fill(`Dear ${customer.name},\n\nwe would be glad to look after your cloud services.\n\nDana Direct`);
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Text and link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `Dear ${customer.name},\n\nwe would be glad to look after your cloud services.\n\nDana Direct\n\n${link}`,
  );
  const mailto = await page.getByRole("link", { name: "Open in mail app" }).getAttribute("href");
  expect(mailto!.startsWith(`mailto:${customer.email}?subject=`)).toBe(true);
  expect(decodeURIComponent(mailto!.split("&body=")[1])).toContain(link);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText(`Sent to ${customer.email}.`)).toBeVisible();
  await page.getByRole("link", { name: "Done" }).click();
  await expect(page).toHaveURL(/\/customers\/requests$/);
  const row = page.getByTestId("sent-request").filter({ hasText: customer.email });
  await expect(row.getByTestId("request-state")).toHaveText("Pending");
  await expectNoAxeViolations(page);

  // The link from the mail delivered over SMTP is the draft's link and carries the edited text.
  const mail = await readInvitationMail(page, customer.email);
  expect(mail.href).toBe(link);
  expect(mail.body).toContain("we would be glad to look after your cloud services.");
  await acceptAsCustomer(browser, mail.href, customer.email);

  await expectInCustomers(page, customer.name);
  await page.goto("/customers/requests");
  await expect(
    page.getByTestId("sent-request").filter({ hasText: customer.email }).getByTestId("request-state"),
  ).toHaveText("Accepted");
});

test("R8 Invite new customers: Fabrikam with Northwind → joint draft → Send → a new customer accepts → in both Customers lists", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const customer = await createCustomerTenantFixture("Joint Customer");
  const northwindId = await partnerIdOf("Northwind Distribution");
  await signIn(page, "agent@fabrikam.example"); // Admin agent: P-customer-request
  await page.goto("/indirect-providers");
  await page
    .getByRole("listitem")
    .filter({ hasText: "Northwind Distribution" })
    .getByRole("link", { name: "Invite new customers" })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/indirect-providers/${northwindId}/invite-customers$`));
  await expect(page.getByRole("heading", { name: "Invite new customers", level: 1 })).toBeVisible();
  await expect(
    page.getByText(
      "Acceptance gives Fabrikam Solutions and Northwind Distribution each an indirect reseller relationship",
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Contoso already works with both: the pre-flight names each existing relationship.
  await page.getByLabel("Customer's email (optional)").fill("admin@contoso.example");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("preflight-problems")).toContainText(
    "Contoso Ltd already has a reseller relationship with Fabrikam Solutions.",
  );
  await expect(page.getByTestId("preflight-problems")).toContainText(
    "Contoso Ltd already has a reseller relationship with Northwind Distribution.",
  );

  await page.getByLabel("Customer's email (optional)").fill(customer.email);
  await page.getByRole("button", { name: "Check" }).click();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("draft-subject")).toHaveText(
    "Fabrikam Solutions and Northwind Distribution ask to become your cloud partners",
  );
  const link = await page.getByLabel("Personal link (always included)").inputValue();
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText(`Sent to ${customer.email}.`)).toBeVisible();

  const mail = await readInvitationMail(page, customer.email);
  expect(mail.href).toBe(link);
  await acceptAsCustomer(browser, mail.href, customer.email);

  await expectInCustomers(page, customer.name);
  const northwind = await browser.newContext();
  const providerPage = await northwind.newPage();
  await signIn(providerPage, "admin@northwind.example");
  await expectInCustomers(providerPage, customer.name);
  // The provider sees the joint invitation it co-sent, read-only.
  await providerPage.goto("/customers/requests");
  const row = providerPage.getByTestId("sent-request").filter({ hasText: customer.email });
  await expect(row).toContainText("Joint invitation by Fabrikam Solutions (read-only)");
  await expect(row.getByRole("button")).toHaveCount(0);
  await northwind.close();
});

test("R16 Sent requests: a draft copied without an address; Resend gives a new link and the old one dies; Revoke; German pages pass axe", async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const partner = await createPartnerFixture({
    label: "Resend Partner",
    enrollments: [{ program: "INDIRECT_RESELLER", status: "APPROVED" }],
    agreement: true,
    users: admin("Rita Resend"),
  });
  await signIn(page, partner.emails[0]);
  await page.goto("/customers/request");
  await expect(
    page.getByText(
      `When the customer accepts, ${partner.name} gets an indirect reseller relationship (without a provider).`,
    ),
  ).toBeVisible();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(
    page.getByText("the checks about the customer (R1, R3, R4, existing relationship) run when the customer accepts"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Create draft" }).click();
  const oldLink = await page.getByLabel("Personal link (always included)").inputValue();
  await page.getByRole("link", { name: "Done" }).click();

  const row = page.getByTestId("sent-request").filter({ hasText: "No address (link copied)" });
  await row.getByRole("button", { name: /^Resend/ }).click();
  await expect(row.getByRole("status")).toContainText("New link created; the old link no longer works.");
  const newLink = await row.getByTestId("resent-link").inputValue();
  expect(newLink).not.toBe(oldLink);

  const visitor = await context.browser()!.newContext();
  const landing = await visitor.newPage();
  await landing.goto(oldLink);
  await expect(landing.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await expect(landing.getByRole("link", { name: "Sign in" })).toHaveCount(0); // the old link is unknown now
  await landing.goto(newLink);
  await expect(landing.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.reload();
  await page
    .getByTestId("sent-request")
    .filter({ hasText: "No address (link copied)" })
    .getByRole("button", { name: /^Revoke/ })
    .click();
  await confirmInDialog(page, "Revoke invitation");
  await expect(
    page.getByTestId("sent-request").filter({ hasText: "No address (link copied)" }).getByTestId("request-state"),
  ).toHaveText("Revoked");
  await landing.goto(newLink);
  await expect(landing.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await visitor.close();

  // German: every page of the sending side.
  await context.addCookies([{ name: "pc_locale", value: "de", url: new URL("/", page.url()).href }]);
  await page.goto("/customers/requests");
  await expect(page.getByRole("heading", { name: "Gesendete Anfragen", level: 1 })).toBeVisible();
  await expect(page.getByTestId("request-state").first()).toHaveText("Widerrufen");
  await expectNoAxeViolations(page);
  await page.goto("/customers/request");
  await expect(page.getByRole("heading", { name: "Reseller-Beziehung anfragen", level: 1 })).toBeVisible();
  await page.getByLabel("E-Mail-Adresse des Kunden (optional)").fill("admin@litware.example");
  await page.getByRole("button", { name: "Prüfen" }).click();
  await expect(alerts(page)).toContainText(
    `Der Kunde ist in der Region Nordamerika; ${partner.name} ist in der Region Europa. R1`,
  );
  await expectNoAxeViolations(page);
  await page.getByLabel("E-Mail-Adresse des Kunden (optional)").fill("");
  await page.getByLabel("Sprache der E-Mail").selectOption({ label: "Deutsch" });
  await page.getByRole("button", { name: "Prüfen" }).click();
  await page.getByRole("button", { name: "Entwurf erstellen" }).click();
  await expect(page.getByLabel("Text der E-Mail")).toHaveValue(
    new RegExp(`^Guten Tag,\\n\\n${partner.name} möchte Ihr Partner`),
  );
  await expectNoAxeViolations(page);
});

test("P-customer-request: Helpdesk agents can't open the pages; R5 blocks Invite new customers, each missing step named; German axe", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const helpdesk = await browser.newContext();
  const helpdeskPage = await helpdesk.newPage();
  await signIn(helpdeskPage, "helpdesk@fabrikam.example");
  const northwindId = await partnerIdOf("Northwind Distribution");
  for (const path of [
    "/customers/request",
    "/customers/requests",
    `/indirect-providers/${northwindId}/invite-customers`,
  ]) {
    await helpdeskPage.goto(path);
    await expect(helpdeskPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await helpdesk.close();

  // A reseller that hasn't accepted the Partner Agreement, linked to a fresh provider (R5).
  const provider = await createPartnerFixture({
    label: "R5 Provider",
    enrollments: [{ program: "INDIRECT_PROVIDER", status: "APPROVED" }],
    agreement: true,
    users: admin("Paul Provider"),
  });
  const reseller = await createPartnerFixture({
    label: "R5 Reseller",
    enrollments: [{ program: "INDIRECT_RESELLER", status: "APPROVED" }],
    agreement: false,
    users: admin("Rosa Reseller"),
  });
  await query(
    "INSERT INTO provider_reseller_relationships (id, provider_id, reseller_id, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'ACTIVE', now())",
    [provider.partnerId, reseller.partnerId],
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, reseller.emails[0]);
  await page.goto(`/indirect-providers/${provider.partnerId}/invite-customers`);
  await expect(page.getByText(`${reseller.name} hasn't accepted the current Partner Agreement.`).first()).toBeVisible();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("preflight-problems")).toContainText(
    `${reseller.name} hasn't accepted the current Partner Agreement. R5`,
  );
  // Another reseller's provider (Northwind, not linked to this reseller) is "not found".
  await page.goto(`/indirect-providers/${northwindId}/invite-customers`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  await context.addCookies([{ name: "pc_locale", value: "de", url: new URL("/", page.url()).href }]);
  await page.goto(`/indirect-providers/${provider.partnerId}/invite-customers`);
  await expect(page.getByRole("heading", { name: "Neue Kunden einladen", level: 1 })).toBeVisible();
  await expect(
    page.getByText(`${reseller.name} hat die aktuelle Partnervereinbarung nicht angenommen.`).first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
