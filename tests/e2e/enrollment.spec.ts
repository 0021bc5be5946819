// The enrollment wizard as a new partner meets it (SPEC §4, issue 4): Welcome → Create one →
// PN ID via the membership directory → organization details → Enroll now → the verification
// link from the email actually delivered over SMTP (read in the dev Mailbox) → review → the
// operator approves. Plus each refusal as the UI shows it (R12, R13, R14, not Global admin).
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { closeFixtures, createDirectBillPartner, createMembershipAccount, suffix } from "./enrollment-fixtures";
import { DEMO_PASSWORD, expectNoAxeViolations, signIn, signInAsOperator } from "./helpers";

// Long flows with several argon2 hashes (account creation, sign-ins) per step.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(closeFixtures);

const ADMIN_PASSWORD = "a long new admin passphrase 2026";
type Program = { slug: string; title: string; name: string };
const PROGRAMS: Program[] = [
  { slug: "indirect-reseller", title: "Enroll as an indirect reseller", name: "INDIRECT_RESELLER" },
  { slug: "indirect-provider", title: "Enroll as an indirect provider", name: "INDIRECT_PROVIDER" },
  { slug: "direct-bill", title: "Enroll as a direct-bill partner", name: "DIRECT_BILL" },
];

/** From the sign-in page's "Enroll as a partner" through Welcome and "Create one"; ends on the PN ID step. */
async function createWorkAccount(page: Page, program: Program, options: { axe?: boolean } = {}) {
  const id = suffix();
  const domain = `enroll-${id}.example`;
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Enroll as a partner" }).click();
  await page.getByRole("link", { name: program.title }).click();
  await expect(page.getByRole("heading", { name: "Welcome", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Before you begin" })).toBeVisible();
  await expect(page.getByText("Global administrator credentials for your work account")).toBeVisible();
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: "Sign in with your work account" })).toBeVisible();
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Create one" }).click();
  await expect(page.getByRole("heading", { name: "Create a work account" })).toBeVisible();
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByLabel("Organization name").fill(`Enrolling ${id}`);
  await page.getByLabel("Primary domain").fill(domain);
  await page.getByLabel("Country or region").selectOption({ label: "Germany" });
  await page.getByLabel("Your full name").fill("Erin Enroller");
  await page.getByLabel("Your email address").fill(`erin@${domain}`);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByLabel("Confirm password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Create account and continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/enroll/${program.slug}/partner-network$`));
  return { id, domain, legalName: `Enrolling ${id} Legal GmbH` };
}

/** PN ID: membership sign-in, the profile list with its R13 reasons, Continue. */
async function linkPnId(page: Page, options: { axe?: boolean } = {}) {
  const membership = await createMembershipAccount("DE");
  await expect(page.getByRole("heading", { name: "Link your Partner Network ID" })).toBeVisible();
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByLabel("Membership account email").fill(membership.email);
  await page.getByLabel("Membership account password").fill(membership.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Choose your organization profile" })).toBeVisible();
  // R13: inactive and other-country profiles are shown, disabled, with the reason.
  await expect(page.getByRole("radio", { name: new RegExp(membership.inactive.legalName) })).toBeDisabled();
  await expect(
    page.getByRole("radio", { name: new RegExp(membership.inactive.legalName) }),
  ).toHaveAccessibleDescription("Inactive");
  await expect(
    page.getByRole("radio", { name: new RegExp(membership.overseas.legalName) }),
  ).toHaveAccessibleDescription("In United States; your tenant is in Germany");
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: new RegExp(membership.active.legalName) }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Organization details" })).toBeVisible();
  return membership;
}

async function fillDetails(page: Page, domain: string, legalName: string, contactEmail = `pat@${domain}`) {
  await page.getByLabel("Legal business name").fill(legalName);
  await page.getByLabel("Address line 1").fill("Hauptstraße 1");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Postal code").fill("10115");
  await page.getByLabel("Contact name").fill("Pat Primary");
  await page.getByLabel("Contact email").fill(contactEmail);
  await page.getByLabel("Contact phone").fill("+49 30 1234567");
  await page.getByLabel("Support email").fill(`support@${domain}`);
  await page.getByLabel("Support website (optional)").fill(`https://support.${domain}`);
}

/** Opens the newest email to `to` in the development Mailbox and follows its verification link. */
async function followVerificationLink(page: Page, to: string) {
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: to })).not.toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("row").filter({ hasText: to }).first().getByRole("link").click();
  const link = page.getByRole("link", { name: /\/verify-email\?token=/ }).first();
  const href = (await link.getAttribute("href"))!;
  const response = await page.goto(href);
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  return href;
}

async function approveAsOperator(browser: Browser, legalName: string) {
  const context = await browser.newContext();
  const operator = await context.newPage();
  await signInAsOperator(operator);
  await operator.goto("/operator/enrollments");
  await operator.getByRole("link", { name: legalName }).first().click();
  await operator.getByRole("button", { name: "Approve" }).click();
  // Decided: the detail page offers no decision any more (the partner's status page shows the outcome).
  await expect(operator.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await context.close();
}

for (const program of PROGRAMS) {
  test(`§4 R12 R13 ${program.name}: Welcome → Create one → PN ID → details → Enroll now → verify by the emailed link → review → approved`, async ({
    page,
    browser,
  }) => {
    const axe = program.name === "INDIRECT_RESELLER";
    const { domain, legalName } = await createWorkAccount(page, program, { axe });
    await linkPnId(page, { axe });
    if (axe) await expectNoAxeViolations(page);

    // Going back and forth keeps what was typed, and a new visit resumes at the details step.
    await page.getByLabel("Legal business name").fill(legalName);
    await page.getByLabel("City").fill("Berlin");
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("heading", { name: "Choose your organization profile" })).toBeVisible();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByLabel("Legal business name")).toHaveValue(legalName);
    await page.goto(`/enroll/${program.slug}`);
    await expect(page).toHaveURL(new RegExp(`/enroll/${program.slug}/details$`));
    await expect(page.getByLabel("City")).toHaveValue("Berlin");

    // R12: a web-based mail address is refused, by name.
    await fillDetails(page, domain, legalName, "pat.primary@gmail.com");
    await page.getByRole("button", { name: "Enroll now" }).click();
    await expect(
      page
        .getByRole("main")
        .getByRole("alert")
        .filter({ hasText: "Gmail.com is a web-based mail service; use an address at your organization." })
        .first(),
    ).toBeVisible();
    await expect(page.getByLabel("Contact email")).toHaveAccessibleDescription(
      /gmail\.com is a web-based mail service/,
    );
    await page.getByLabel("Contact email").fill(`pat@${domain}`);
    await page.getByRole("button", { name: "Enroll now" }).click();

    await expect(page).toHaveURL(new RegExp(`/enroll/${program.slug}/submitted$`));
    await expect(page.getByRole("heading", { name: "Verify your email", level: 1 })).toBeVisible();
    await expect(page.getByText(`pat@${domain}`)).toBeVisible();
    if (axe) await expectNoAxeViolations(page);

    // The link from the delivered email: opening it changes nothing; the button verifies, once.
    const link = await followVerificationLink(page, `pat@${domain}`);
    await expect(page.getByRole("heading", { name: "Verify your email address" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Verify email address" })).toBeVisible();
    if (axe) await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Verify email address" }).click();
    await expect(page.getByRole("status")).toContainText(
      `pat@${domain} is verified as the primary contact of ${legalName}`,
    );
    await page.goto(link);
    await expect(page.getByText("This link was used already.")).toBeVisible();

    await page.goto("/enroll/status");
    await expect(page.getByTestId(`status-${program.name}`)).toHaveText("In review");
    await expect(page.getByText("Primary contact email verified")).toBeVisible();
    if (axe) await expectNoAxeViolations(page);

    await approveAsOperator(browser, legalName);
    await page.reload();
    await expect(page.getByTestId(`status-${program.name}`)).toHaveText("Approved");
  });
}

test("R13 the demo membership account: inactive, other-country and already linked profiles can't be chosen", async ({
  page,
}) => {
  await createWorkAccount(page, PROGRAMS[1]);
  await page.getByLabel("Membership account email").fill("pmc@fabrikam.example");
  await page.getByLabel("Membership account password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("radio", { name: /Fabrikam Legacy GmbH/ })).toHaveAccessibleDescription("Inactive");
  await expect(page.getByRole("radio", { name: /Fabrikam Inc\./ })).toHaveAccessibleDescription(
    "In United States; your tenant is in Germany",
  );
  await expect(page.getByRole("radio", { name: /Northwind Distribution/ })).toHaveAccessibleDescription(
    "Already linked to another partner organization",
  );
  // Cancel forgets this membership account, so another one can be used.
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("Membership account email")).toBeVisible();
  await page.getByLabel("Membership account email").fill("pmc@fabrikam.example");
  await page.getByLabel("Membership account password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "The membership account email or password is incorrect.",
  );
});

test("only a Global admin can enroll: an Admin agent is told why and what to do", async ({ page }) => {
  await signIn(page, "agent@fabrikam.example");
  await page.goto("/enroll/direct-bill/account");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Only a Global admin of Fabrikam Solutions can enroll it, and agent@fabrikam.example isn't one.",
  );
  await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sign in with another account" })).toBeVisible();
});

test("R14 a direct-bill partner that isn't marked eligible can't start the move to indirect reseller", async ({
  page,
}) => {
  const partner = await createDirectBillPartner({ eligible: false });
  await signIn(page, partner.email);
  await page.goto("/enroll/indirect-reseller");
  await expect(page.getByRole("heading", { name: "Welcome", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    `${partner.name} is a direct-bill partner that isn't marked eligible for the move to indirect reseller.`,
  );
  await page.goto("/enroll/indirect-reseller/details");
  await expect(page).toHaveURL(/\/enroll\/indirect-reseller\/account$/);
});

test("R14 an eligible direct-bill partner enrolls as indirect reseller with its existing tenant and details, then the operator approves", async ({
  page,
  browser,
}) => {
  const partner = await createDirectBillPartner({ eligible: true });
  await page.goto("/enroll/indirect-reseller/account");
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(partner.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/enroll\/indirect-reseller\/account$/);
  await page.goto("/enroll/indirect-reseller");
  await expect(
    page.getByRole("heading", { name: "Enroll as indirect reseller with your existing tenant" }),
  ).toBeVisible();
  await expect(page.getByText("There is no rollback")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Next" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  // No membership step: the PN ID and the legal profile come from the existing organization.
  await expect(page).toHaveURL(/\/enroll\/indirect-reseller\/details$/);
  await expect(page.getByText(partner.name).first()).toBeVisible();
  await expect(page.getByLabel("Support email")).toHaveValue(`support@${partner.domain}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Enroll now" }).click();
  await expect(page.getByText("Confirm that you understand the move can't be undone (R14).")).toBeVisible();
  await page.getByLabel(/can't be undone/).check();
  await page.getByRole("button", { name: "Enroll now" }).click();
  await expect(page.getByRole("heading", { name: "Your enrollment is in review" })).toBeVisible();
  await page.getByRole("link", { name: "View enrollment status" }).click();
  await expect(page.getByTestId("status-INDIRECT_RESELLER")).toHaveText("In review");
  await expect(page.getByText("move from direct bill (R14)")).toBeVisible();
  await expect(page.getByTestId("status-DIRECT_BILL")).toHaveText("Approved");
  await approveAsOperator(browser, partner.name);
  await page.reload();
  await expect(page.getByTestId("status-INDIRECT_RESELLER")).toHaveText("Approved");
});

test("the wizard in German, every step keyboard-reachable and without axe violations", async ({ page }) => {
  const membership = await createMembershipAccount("DE");
  const id = suffix();
  await page.goto("/enroll");
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Als Partner registrieren", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Als indirekter Anbieter registrieren" }).click();
  await expect(page.getByRole("heading", { name: "Bevor Sie beginnen" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Keyboard: Tab reaches "Weiter" and Enter follows it.
  await page.getByRole("link", { name: "Weiter" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Mit Ihrem Geschäftskonto anmelden" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Konto erstellen" }).click();
  await page.getByLabel("Name der Organisation").fill(`Deutsch ${id}`);
  await page.getByLabel("Primäre Domäne").fill(`deutsch-${id}.example`);
  await page.getByLabel("Land oder Region").selectOption({ label: "Deutschland" });
  await page.getByLabel("Ihr vollständiger Name").fill("Dora Deutsch");
  await page.getByLabel("Ihre E-Mail-Adresse").fill(`dora@deutsch-${id}.example`);
  await page.getByLabel("Kennwort", { exact: true }).fill("zu kurz");
  await page.getByLabel("Kennwort bestätigen").fill("zu kurz");
  await page.getByRole("button", { name: "Konto erstellen und fortfahren" }).click();
  await expect(page.getByText("Bitte korrigieren Sie die markierten Felder.")).toBeVisible();
  await expect(page.getByLabel("Name der Organisation")).toHaveValue(`Deutsch ${id}`); // kept; passwords aren't sent back
  await expectNoAxeViolations(page);
  await page.getByLabel("Kennwort", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByLabel("Kennwort bestätigen").fill(ADMIN_PASSWORD);
  await page.getByLabel("Kennwort bestätigen").press("Enter");
  await expect(page.getByRole("heading", { name: "Partner Network ID verknüpfen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-Mail-Adresse des Mitgliedskontos").fill(membership.email);
  await page.getByLabel("Kennwort des Mitgliedskontos").fill(membership.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(
    page.getByRole("radio", { name: new RegExp(membership.overseas.legalName) }),
  ).toHaveAccessibleDescription("In Vereinigte Staaten; Ihr Mandant ist in Deutschland");
  await expect(
    page.getByRole("radio", { name: new RegExp(membership.inactive.legalName) }),
  ).toHaveAccessibleDescription("Inaktiv");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Fortfahren" }).click();
  await expect(page.getByRole("heading", { name: "Angaben zur Organisation" })).toBeVisible();
  await page.getByLabel("E-Mail-Adresse des Kontakts").fill("dora@web.de");
  await page.getByRole("button", { name: "Jetzt registrieren" }).click();
  // The browser names the empty required fields first and moves the focus to the first of them.
  await expect(page.getByLabel("Adresszeile 1")).toBeFocused();
  await expect(page.getByLabel("Adresszeile 1")).toHaveAccessibleDescription("Füllen Sie dieses Feld aus.");
  await page.getByLabel("Adresszeile 1").fill("Hauptstraße 1");
  await page.getByLabel("Ort", { exact: true }).fill("Berlin");
  await page.getByLabel("Postleitzahl").fill("10115");
  await page.getByLabel("Telefonnummer des Kontakts").fill("+49 30 1234567");
  await page.getByLabel("Support-E-Mail-Adresse").fill("support@deutsch.example");
  await page.getByRole("button", { name: "Jetzt registrieren" }).click();
  // R12 is the server's (the web-mail list stays on the server): its refusal lands on the field.
  await expect(page.getByLabel("E-Mail-Adresse des Kontakts")).toHaveAccessibleDescription(
    /web\.de ist ein webbasierter E-Mail-Dienst/,
  );
  await expectNoAxeViolations(page);
  await page.goto("/verify-email?token=nicht-gueltig");
  await expect(page.getByText("Dieser Link funktioniert nicht.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
});
