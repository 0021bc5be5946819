// Issue 5 end to end, provider side and the reseller's landing page: the provider invites a
// reseller (pick by name, Check, draft: edit, Copy, mail app, Send → Done), the link is taken from
// the email delivered over SMTP, each landing-page state (signed out → sign in and come back,
// R6 without Global admin, wrong tenant), authorization, both lists; resend kills the old link;
// the R2 pre-flight refusal (Northwind → Tailspin IT); axe in EN and DE. Fresh SQL fixtures only.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";
import {
  closeFixtures,
  createInvitationFixture,
  createProviderFixture,
  createResellerFixture,
  query,
} from "./partnerships.fixtures";
import { confirmInDialog, toasts } from "./confirm-dialog";

test.describe.configure({ timeout: 240_000 });
test.afterAll(closeFixtures);

/** The newest email to `to` in the development Mailbox (delivered over SMTP); returns the link matching `pattern`. */
async function linkFromMail(page: Page, to: string, pattern: RegExp): Promise<string> {
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: to })).not.toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await page.getByRole("row").filter({ hasText: to }).first().getByRole("link").click();
  const href = (await page.getByRole("link", { name: pattern }).first().getAttribute("href"))!;
  return new URL(href).pathname + new URL(href).search;
}

async function inNewContext<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const alert = (page: Page) => page.getByRole("main").getByRole("alert");

test("§4 R6 R16: invite (pick, Check, draft, Send) → link from the email → sign in → Authorize → both lists", async ({
  page,
  browser,
}) => {
  const provider = await createProviderFixture();
  const reseller = await createResellerFixture();
  const [providerAdmin] = provider.emails;
  const [resellerAdmin, resellerAgent] = reseller.emails;

  // Provider: Indirect resellers → Invite a reseller, pick the reseller by name, Check, Create invitation.
  await signIn(page, providerAdmin);
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Indirect resellers" })
    .click();
  await expect(page.getByRole("heading", { name: "Indirect resellers", level: 1 })).toBeVisible({ timeout: 60_000 }); // a cold `next dev` compiles first
  await expect(page.getByText("You don't work with any indirect resellers yet.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Invite a reseller" }).click();
  await expect(page.getByRole("heading", { name: "Invite a reseller", level: 1 })).toBeVisible({ timeout: 60_000 });
  await page.getByLabel("Reseller name or PN ID").fill(reseller.name);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("radio", { name: new RegExp(reseller.pnId) }).check();
  await page.getByLabel("Global admin's work email").fill(resellerAdmin);
  await page.getByLabel("Link valid for (days)").fill("14");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All checks passed" })).toContainText(
    `${reseller.name} (Europe, PN ID ${reseller.pnId}) can authorize you`,
  );
  expect(await query("SELECT 1 FROM invitations WHERE inviter_id = $1", [provider.partnerId])).toHaveLength(0); // Check creates nothing
  await page.getByRole("button", { name: "Create invitation" }).click();

  // The draft: editable text, the link read-only next to it, Copy, mail app, Send.
  await expect(page.getByRole("heading", { name: "Draft email" })).toBeVisible();
  const link = await page.getByLabel("Personalized link").inputValue();
  expect(link).toMatch(/\/invitations\/provider\?token=[A-Za-z0-9_-]{43}$/);
  await page.getByLabel("Email text").fill("Hello Rita,\n\nlet's work together as partners.\n\nPaula");
  const mailto = (await page.getByRole("link", { name: "Open in mail app" }).getAttribute("href"))!;
  expect(decodeURIComponent(mailto)).toContain(`mailto:${resellerAdmin}?subject=${provider.name} invites you`);
  expect(decodeURIComponent(mailto)).toContain(`let's work together as partners.\n\nPaula\n\n${link}`);
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Invitation sent" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`The invitation to ${resellerAdmin} is on its way.`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to Indirect resellers" }).click();
  await expect(page.getByRole("row").filter({ hasText: resellerAdmin })).toContainText("Pending");

  // The reseller's email, delivered over SMTP, carries the same personalized link.
  const path = await inNewContext(browser, (mail) =>
    linkFromMail(mail, resellerAdmin, /\/invitations\/provider\?token=/),
  );
  expect(link.endsWith(path)).toBe(true);

  await inNewContext(browser, async (landing) => {
    // Signed out: who invites, what it grants, sign in and come back. Opening the link changes nothing.
    const response = await landing.goto(path);
    expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
    expect(response!.headers()["cache-control"]).toContain("no-store");
    await expect(landing.getByRole("heading", { name: "Invitation from an indirect provider" })).toBeVisible();
    await expect(landing.getByRole("main")).toContainText(provider.pnId);
    // The page names the invited organization, and shows no bare rule code.
    await expect(landing.getByRole("main")).toContainText(
      `${provider.name} invites ${reseller.name} to work with it as its indirect provider.`,
    );
    await expect(landing.getByRole("main")).not.toContainText(/\bR\d+\b/);
    await expect(landing.getByRole("main")).toContainText("Europe (Germany)");
    await expect(
      landing.getByText(`${provider.name} may submit orders and add subscriptions for your customers.`),
    ).toBeVisible();
    await expect(landing.getByText(`${provider.name} gets admin access to your tenant.`)).toBeVisible();
    await expect(landing.getByRole("status").filter({ hasText: "Sign in to respond" })).toBeVisible();
    await expectNoAxeViolations(landing);

    // R6: the reseller's Admin agent signs in and comes back: only a Global admin can, named.
    await landing.getByRole("link", { name: "Sign in" }).click();
    await landing.getByLabel("Email").fill(resellerAgent);
    await landing.getByLabel("Password").fill("Demo-Partner-2026!");
    await landing.getByRole("button", { name: "Sign in" }).click();
    await expect(landing).toHaveURL(new RegExp(`/invitations/provider\\?token=`));
    await expect(alert(landing).filter({ hasText: "Only a Global admin can authorize" })).toContainText(
      "Only a Global admin of your organization can authorize an indirect provider. Ask one of them: Rita Reseller. R6",
    );
    await expect(landing.getByRole("button", { name: "Authorize indirect provider" })).toHaveCount(0);
    await expectNoAxeViolations(landing);
  });

  await inNewContext(browser, async (landing) => {
    // Wrong tenant: the provider's own admin opens the link.
    await signIn(landing, providerAdmin);
    await landing.goto(path);
    await expect(alert(landing).filter({ hasText: "Signed in to the wrong organization" })).toContainText(
      `You are signed in to ${provider.name}`,
    );
    await expectNoAxeViolations(landing);
    // "Sign out and sign in again" comes back to the link as the reseller's Global admin.
    await landing.getByRole("button", { name: "Sign out and sign in again" }).click();
    await landing.getByLabel("Email").fill(resellerAdmin);
    await landing.getByLabel("Password").fill("Demo-Partner-2026!");
    await landing.getByRole("button", { name: "Sign in" }).click();
    await expect(landing.getByRole("button", { name: "Authorize indirect provider" })).toBeVisible();
    expect(await query("SELECT status FROM invitations WHERE inviter_id = $1", [provider.partnerId])).toEqual([
      { status: "PENDING" },
    ]);
    await expectNoAxeViolations(landing);

    // The checkbox is required; then Authorize.
    await landing.getByRole("button", { name: "Authorize indirect provider" }).click();
    await expect(landing.getByText("Confirm that you understand what authorizing grants.")).toBeVisible();
    await landing.getByRole("checkbox").check();
    await landing.getByRole("button", { name: "Authorize indirect provider" }).click();
    await expect(landing.getByRole("status").filter({ hasText: "Indirect provider authorized" })).toContainText(
      `${provider.name} is now your indirect provider.`,
    );
    await expectNoAxeViolations(landing);
    await landing.getByRole("link", { name: "Go to Indirect providers" }).click();
    await expect(landing.getByRole("heading", { name: "Indirect providers", level: 1 })).toBeVisible();
    await expect(landing.getByRole("main")).toContainText(provider.name);

    // Used once: the link now says so.
    await landing.goto(path);
    await expect(
      landing.getByRole("main").getByRole("status").filter({ hasText: "This invitation was already accepted" }),
    ).toContainText("This invitation was already accepted; the link works only once. R16");
  });

  // Provider side: the reseller is listed with its readiness; the invitation is accepted; the notice email arrived.
  await page.goto("/indirect-resellers");
  const row = page
    .getByRole("table", { name: "Indirect resellers" })
    .getByRole("row")
    .filter({ hasText: reseller.name });
  await expect(row).toContainText(reseller.pnId);
  await expect(row).toContainText("Europe (Austria)");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Ready to transact");
  await expect(
    page.getByRole("table", { name: "Invitations to resellers" }).getByRole("row").filter({ hasText: resellerAdmin }),
  ).toContainText("Accepted");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Indirekte Reseller", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Indirekte Reseller" }).getByRole("row").filter({ hasText: reseller.name }),
  ).toContainText("Bereit für Geschäfte");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await inNewContext(browser, (mail) => linkFromMail(mail, providerAdmin, /\/indirect-resellers/));
  expect(
    await query(
      "SELECT count(*)::int AS n FROM provider_reseller_relationships WHERE provider_id = $1 AND reseller_id = $2 AND status = 'ACTIVE'",
      [provider.partnerId, reseller.partnerId],
    ),
  ).toEqual([{ n: 1 }]);
});

test("R16 landing states: invalid, expired, revoked, declined, a customer tenant's Global admin; resend kills the old link; revoke", async ({
  page,
  browser,
}) => {
  const provider = await createProviderFixture();
  const reseller = await createResellerFixture();
  const email = reseller.emails[0];
  const states = [
    {
      fixture: { expired: true },
      title: "This invitation has expired",
      body: "This link has expired. Ask the provider to resend the invitation. R16",
    },
    {
      fixture: { status: "REVOKED" as const },
      title: "This invitation was revoked",
      body: "The provider revoked this invitation. R16",
    },
    {
      fixture: { status: "DECLINED" as const },
      title: "This invitation was declined",
      body: "This invitation was declined. R16",
    },
  ];
  for (const state of states) {
    const { path } = await createInvitationFixture({
      providerId: provider.partnerId,
      resellerId: reseller.partnerId,
      email: `${Math.random().toString(36).slice(2)}-${email}`,
      ...state.fixture,
    });
    await page.goto(path);
    await expect(alert(page).filter({ hasText: state.title })).toContainText(state.body);
    await expect(page.getByRole("button", { name: "Authorize indirect provider" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  await page.goto("/invitations/provider?token=not-a-real-token");
  await expect(alert(page).filter({ hasText: "This link doesn't work" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(alert(page).filter({ hasText: "Dieser Link funktioniert nicht" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();

  // A pending invitation: a customer tenant's Global admin is the wrong tenant (R16, tenant kind).
  const pending = await createInvitationFixture({
    providerId: provider.partnerId,
    resellerId: reseller.partnerId,
    email,
  });
  await inNewContext(browser, async (customer) => {
    await signIn(customer, "admin@contoso.example");
    await customer.goto(pending.path);
    await expect(alert(customer).filter({ hasText: "Signed in to the wrong organization" })).toContainText(
      "You are signed in to Contoso Ltd",
    );
    await customer.getByRole("button", { name: "Deutsch" }).click();
    await expect(alert(customer).filter({ hasText: "Bei der falschen Organisation angemeldet" })).toBeVisible();
    await expectNoAxeViolations(customer);
    await customer.getByRole("button", { name: "English" }).click();
  });

  // Resend from the provider's list: a new link by email; the old one is dead at once. Then revoke.
  await signIn(page, provider.emails[0]);
  await page.goto("/indirect-resellers");
  await page.getByRole("button", { name: `Resend the invitation to ${email}` }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `A new link was sent to ${email}. The old link no longer works.` }),
  ).toBeVisible();
  await page.goto(pending.path);
  await expect(alert(page).filter({ hasText: "This link doesn't work" })).toBeVisible();
  const fresh = await inNewContext(browser, (mail) => linkFromMail(mail, email, /\/invitations\/provider\?token=/));
  await page.goto(fresh);
  await expect(page.getByRole("heading", { name: "What authorizing grants" })).toBeVisible();
  await page.goto("/indirect-resellers");
  await page.getByRole("button", { name: `Revoke the invitation to ${email}` }).click();
  await confirmInDialog(page, "Revoke invitation");
  await expect(toasts(page)).toContainText(`The invitation to ${email} was revoked`);
  await expect(
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email, exact: true }) }),
  ).toContainText("Revoked");
  await page.goto(fresh);
  await expect(alert(page).filter({ hasText: "This invitation was revoked" })).toBeVisible();
});

test("R2 pre-flight: Northwind can't invite Tailspin IT (US), and nothing is created", async ({ page }) => {
  await signIn(page, "admin@northwind.example");
  const [{ n: before }] = await query<{ n: number }>(
    "SELECT count(*)::int AS n FROM invitations i JOIN partner_organizations p ON p.id = i.inviter_id WHERE p.pn_id = '4100001'",
  );
  await page.goto("/indirect-resellers/invite");
  await expect(page.getByRole("heading", { name: "Invite a reseller", level: 1 })).toBeVisible({ timeout: 60_000 });
  await page.getByLabel("Global admin's work email").fill("admin@tailspin.example");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(alert(page).filter({ hasText: "These checks would fail:" })).toContainText(
    "Tailspin IT is in North America; Northwind Distribution is in Europe. R2",
  );
  await expect(page.getByRole("button", { name: "Create invitation" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await page.getByLabel("Geschäftliche E-Mail-Adresse des globalen Administrators").fill("admin@tailspin.example");
  await page.getByRole("button", { name: "Prüfen" }).click();
  await expect(alert(page).filter({ hasText: "Diese Prüfungen würden fehlschlagen:" })).toContainText(
    "Tailspin IT ist in der Region Nordamerika; Northwind Distribution ist in der Region Europa. R2",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  const [{ n: after }] = await query<{ n: number }>(
    "SELECT count(*)::int AS n FROM invitations i JOIN partner_organizations p ON p.id = i.inviter_id WHERE p.pn_id = '4100001'",
  );
  expect(after).toBe(before);
});
