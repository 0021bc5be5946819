// The customer invitation's landing page (SPEC §4, R1, R3, R8, R11, R16): every state as its own
// page (invitation rows made by SQL fixtures with known tokens), the R3 refusal for a partner's
// Global admin, who can accept, Accept and Decline, a rule's refusal naming itself, the path that
// creates a customer account and ends with the relationships, and axe in English and German.
import { expect, test, type Page } from "@playwright/test";
import {
  closeFixtures,
  createCustomerInvitationFixture,
  createCustomerTenant,
  createInviter,
  query,
} from "./customer-landing.fixtures";
import { createLinkedPair } from "./providers.fixtures";
import { DEMO_PASSWORD, expectNoAxeViolations, signIn } from "./helpers";
import { confirmInDialog } from "./confirm-dialog";

test.describe.configure({ timeout: 120_000 });
test.afterAll(closeFixtures);

const alert = (page: Page) => page.getByRole("main").getByRole("alert");

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(page.locator("h1")).toBeVisible();
}

async function inBothLanguages(page: Page, check: () => Promise<void>) {
  await check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

test("R16 every state of a link that can't be used, signed out: invalid, expired, revoked, declined, accepted (EN and DE)", async ({
  page,
}) => {
  const inviter = await createInviter("Landing");
  const states = {
    expired: [
      await createCustomerInvitationFixture({ inviterId: inviter.partnerId, expired: true }),
      "This link has expired",
    ],
    revoked: [
      await createCustomerInvitationFixture({ inviterId: inviter.partnerId, status: "REVOKED" }),
      "This request was withdrawn",
    ],
    declined: [
      await createCustomerInvitationFixture({ inviterId: inviter.partnerId, status: "DECLINED" }),
      "This request was declined",
    ],
    accepted: [
      await createCustomerInvitationFixture({ inviterId: inviter.partnerId, status: "ACCEPTED" }),
      "This request was accepted already",
    ],
  } as const;

  await open(page, "/invitations/customer?token=not-a-real-token");
  await inBothLanguages(page, () => expect(alert(page)).toContainText("This link isn't valid"));

  for (const [invitation, text] of Object.values(states)) {
    await open(page, invitation.path);
    await expect(page.getByRole("main").getByText(text)).toBeVisible();
    await expect(page.getByRole("button", { name: "Accept" })).toHaveCount(0);
  }
  await inBothLanguages(page, () => expect(page.getByText("This request was accepted already")).toBeVisible());
  expect(
    (await query<{ status: string }>("SELECT status FROM invitations WHERE id = $1", [states.expired[0].id]))[0].status,
  ).toBe("PENDING");
});

test("R16 a pending link, signed out: who asks, what accepting grants, Sign in or Create a customer account (EN and DE)", async ({
  page,
}) => {
  const inviter = await createInviter("Landing");
  const message = "Hello Litware,\n\nwe'd like to look after your cloud services.\n\nBest, Ada";
  const pending = await createCustomerInvitationFixture({ inviterId: inviter.partnerId, message });
  await open(page, pending.path);
  // The partner's personal message, as written; no bare rule code anywhere on a customer's page.
  await expect(page.getByRole("region", { name: `Message from ${inviter.name}` })).toContainText(
    "we'd like to look after your cloud services.",
  );
  await expect(page.getByRole("main")).not.toContainText(/\bR\d+\b/);
  await inBothLanguages(page, async () => {
    await expect(page.getByRole("heading", { name: "Reseller relationship request", level: 1 })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(
      `${inviter.name} asks your organization for a reseller relationship.`,
    );
    await expect(page.getByRole("main")).toContainText("Germany (Europe)");
    await expect(page.getByRole("main")).toContainText(
      `${inviter.name} may manage subscriptions and services on behalf of your organization.`,
    );
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      `/sign-in?callbackUrl=${encodeURIComponent(pending.path)}`,
    );
    await expect(page.getByRole("link", { name: "Create a customer account" })).toBeVisible();
  });
  // Opening the link changed nothing.
  const [row] = await query<{ status: string; updated_at: Date; created_at: Date }>(
    "SELECT status, updated_at, created_at FROM invitations WHERE id = $1",
    [pending.id],
  );
  expect(row.status).toBe("PENDING");
  expect(row.updated_at.getTime()).toBeLessThanOrEqual(row.created_at.getTime() + 1000);
});

test("R3 a partner's Global admin sees R3's explanation and no Accept; a customer user without Global admin is told who can", async ({
  page,
}) => {
  const inviter = await createInviter("Asker");
  const bystander = await createInviter("Bystander");
  const customer = await createCustomerTenant("Helpless");
  const invitation = await createCustomerInvitationFixture({ inviterId: inviter.partnerId });

  await signIn(page, bystander.emails[0]);
  await open(page, invitation.path);
  await inBothLanguages(page, async () => {
    await expect(alert(page)).toContainText(`${bystander.name} can't accept this request`);
    await expect(alert(page)).toContainText(
      `${bystander.name} is a partner tenant. A partner tenant can never be a customer`,
    );
    await expect(alert(page)).toContainText("create a separate customer tenant");
    await expect(page.getByRole("button", { name: "Accept" })).toHaveCount(0);
  });
  await page.getByRole("button", { name: "Sign in with another account" }).click();
  await expect(page).toHaveURL(new RegExp(`/invitations/customer\\?token=${invitation.token}$`));
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signIn(page, customer.emails[1]);
  await open(page, invitation.path);
  await inBothLanguages(page, async () => {
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      `Only a Global admin of ${customer.name} can accept or decline this request. Ask one of them to open the link: ${customer.userNames[0]} (${customer.emails[0]}).`,
    );
    await expect(page.getByRole("button", { name: "Accept" })).toHaveCount(0);
  });
  expect(
    (
      await query<{ status: string; last_refused_at: Date | null }>(
        "SELECT status, last_refused_at FROM invitations WHERE id = $1",
        [invitation.id],
      )
    )[0],
  ).toEqual({ status: "PENDING", last_refused_at: null });
});

test("R16 R11 sign in from the link, Accept, and the Overview lists every partner with channel and since", async ({
  page,
}) => {
  const inviter = await createInviter("Acceptor", "DIRECT_BILL");
  const earlier = await createInviter("Earlier");
  const customer = await createCustomerTenant("Happy");
  await query(
    "INSERT INTO customer_relationships (id, partner_id, customer_tenant_id, channel, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'INDIRECT', 'ACTIVE', now())",
    [earlier.partnerId, customer.tenantId],
  );
  const invitation = await createCustomerInvitationFixture({
    inviterId: inviter.partnerId,
    sentByEmail: inviter.emails[0],
  });

  await open(page, invitation.path);
  await expect(page.getByRole("main")).toContainText(
    `As a direct-bill partner, ${inviter.name} may also buy products and subscriptions for your organization.`,
  );
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(customer.emails[0]);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/invitations/customer\\?token=${invitation.token}$`));
  await inBothLanguages(page, () => expect(page.getByRole("button", { name: "Accept" })).toBeVisible());
  await page.getByRole("button", { name: "Accept" }).click();

  await expect(page.getByRole("main").getByRole("status")).toContainText("Your organization accepted this request");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Go to Overview" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  // Each partner with its channel and how to reach its support.
  const partners = page
    .getByRole("region", { name: "Partners with a reseller relationship" })
    .getByTestId("customer-partner");
  await expect(partners.filter({ hasText: inviter.name })).toContainText("Direct bill");
  await expect(partners.filter({ hasText: inviter.name }).getByRole("link").first()).toHaveAttribute(
    "href",
    /^mailto:/,
  );
  await expect(partners.filter({ hasText: earlier.name })).toContainText("Indirect");
  await inBothLanguages(page, () => expect(partners).toHaveCount(2));

  // The link is used up; the sender got the ACCEPTED notice over SMTP.
  await open(page, invitation.path);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your organization accepted this request");
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: inviter.emails[0] })
        .filter({ hasText: "accepted your request for a reseller relationship" }),
    ).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});

test("R1 a refused acceptance names the rule on the page and creates nothing; Decline ends another request", async ({
  page,
}) => {
  const inviter = await createInviter("Faraway", "INDIRECT_RESELLER", "DE");
  const customer = await createCustomerTenant("Overseas", "US");
  const refused = await createCustomerInvitationFixture({
    inviterId: inviter.partnerId,
    sentByEmail: inviter.emails[0],
  });
  const declined = await createCustomerInvitationFixture({ inviterId: inviter.partnerId });

  await signIn(page, customer.emails[0]);
  await open(page, refused.path);
  await page.getByRole("button", { name: "Accept" }).click();
  // Plain language first: the sentence, then the rule as a tag.
  await expect(alert(page)).toHaveText(`The customer is in North America; ${inviter.name} is in Europe. R1`);
  await expectNoAxeViolations(page);
  expect(
    await query("SELECT id FROM customer_relationships WHERE customer_tenant_id = $1", [customer.tenantId]),
  ).toEqual([]);
  expect(
    (
      await query<{ status: string; last_refusal_rule: string }>(
        "SELECT status, last_refusal_rule FROM invitations WHERE id = $1",
        [refused.id],
      )
    )[0],
  ).toEqual({ status: "PENDING", last_refusal_rule: "R1" });

  await open(page, declined.path);
  await page.getByRole("button", { name: "Decline" }).click();
  await confirmInDialog(page, "Decline request");
  await expect(page.getByRole("main").getByRole("status")).toContainText("This request was declined");
  await expect(page.getByRole("button", { name: "Accept" })).toHaveCount(0);
  expect(
    (await query<{ status: string }>("SELECT status FROM invitations WHERE id = $1", [declined.id]))[0].status,
  ).toBe("DECLINED");
});

test("R8 R1 create a customer account from a joint invitation: a refused country creates nothing, then the account and both relationships", async ({
  page,
}) => {
  const pair = await createLinkedPair("Landing");
  const invitation = await createCustomerInvitationFixture({
    inviterId: pair.reseller.partnerId,
    coInviterId: pair.provider.partnerId,
    sentByEmail: pair.reseller.emails[0],
  });
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const domain = `newcust-${id}.example`;

  await open(page, invitation.path);
  await expect(page.getByRole("main")).toContainText(
    `${pair.reseller.name} and its indirect provider ${pair.provider.name} ask your organization for a reseller relationship.`,
  );
  await page.getByRole("link", { name: "Create a customer account" }).click();
  await expect(page.getByRole("heading", { name: "Create a customer account", level: 1 })).toBeVisible();
  await inBothLanguages(page, () => expect(page.getByLabel("Company name")).toBeVisible());

  await page.getByLabel("Company name").fill(`Newco ${id}`);
  await page.getByLabel("Primary domain").fill(domain);
  // R1: the list offers only the partners' region; a crafted post with another country is still refused.
  const country = page.getByLabel("Country or region");
  await expect(country.locator("option", { hasText: "United States" })).toHaveCount(0);
  await country.evaluate((select: HTMLSelectElement) => select.add(new Option("United States", "US")));
  await country.selectOption({ label: "United States" });
  await page.getByLabel("Your full name").fill("Nora Newco");
  await page.getByLabel("Your email address").fill(`nora@${domain}`);
  await page.getByLabel("Password", { exact: true }).fill("a-long-customer-passphrase-2026");
  await page.getByLabel("Confirm password").fill("a-long-customer-passphrase-2026");
  await page.getByRole("button", { name: "Create account and accept" }).click();
  await expect(alert(page)).toContainText("The customer is in North America;");
  expect(await query("SELECT id FROM tenants WHERE primary_domain = $1", [domain])).toEqual([]);
  await expect(page.getByLabel("Company name")).toHaveValue(`Newco ${id}`); // kept; passwords aren't sent back

  await page.getByLabel("Country or region").selectOption({ label: "Germany" });
  await page.getByLabel("Password", { exact: true }).fill("a-long-customer-passphrase-2026");
  await page.getByLabel("Confirm password").fill("a-long-customer-passphrase-2026");
  await page.getByRole("button", { name: "Create account and accept" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    `${pair.reseller.name} and ${pair.provider.name} now have a reseller relationship with your organization.`,
  );
  await page.getByRole("link", { name: "Go to Overview" }).click();
  const partners = page
    .getByRole("region", { name: "Partners with a reseller relationship" })
    .getByTestId("customer-partner");
  await expect(partners.filter({ hasText: `Indirect reseller, with its provider ${pair.provider.name}` })).toHaveCount(
    1,
  );
  await expect(partners).toHaveCount(2);
  const rows = await query<{ partner_id: string }>(
    "SELECT r.partner_id FROM customer_relationships r JOIN tenants t ON t.id = r.customer_tenant_id WHERE t.primary_domain = $1 AND t.kind = 'CUSTOMER' ORDER BY r.partner_id",
    [domain],
  );
  expect(rows.map((row) => row.partner_id)).toEqual([pair.reseller.partnerId, pair.provider.partnerId].sort());
});
