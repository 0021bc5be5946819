// Settings → Partner profile with Program info (P-profile-view, P-profile-edit, R12, R13, §5, §6).
// Edits use Tailspin IT (admin@tailspin.example), whose profile no other spec asserts on; only
// fields nothing else reads are changed (city, phone, support website, a pending contact email),
// with unique values so reruns on the same database pass. Fabrikam is only viewed.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, navLinks, signIn } from "./helpers";

// Several page loads and axe scans per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const PROFILE = "/settings/partner-profile";
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function openProfile(page: Page) {
  await page.goto(PROFILE);
  await expect(page.getByRole("heading", { name: "Partner profile", level: 1 })).toBeVisible();
}

const save = (page: Page) => page.getByRole("button", { name: "Save" }).click();
const alert = (page: Page) => page.getByRole("main").getByRole("alert");

// The Tailspin edits run one after another: each save submits the whole form.
test.describe("a Global admin edits the profile", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test("P-profile-view / P-profile-edit: a Global admin sees the profile and Program info and saves a change", async ({
    page,
  }) => {
    await signIn(page, "admin@tailspin.example");
    expect(await navLinks(page)).toContain("Partner profile");
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Partner profile" })
      .click();
    await expect(page).toHaveURL(new RegExp(`${PROFILE}$`));
    await expect(page.getByTestId("pn-id")).toHaveText("4100004");

    // Program info: the program, its status and timeline, and the Partner Agreement acceptance.
    const program = page.getByTestId("program-INDIRECT_RESELLER");
    await expect(program.getByRole("heading", { name: "Indirect reseller" })).toBeVisible();
    await expect(program).toContainText("Approved");
    const timeline = program.getByRole("list", { name: "Timeline of the Indirect reseller enrollment" });
    await expect(timeline.getByRole("listitem")).toHaveCount(4);
    await expect(timeline.getByRole("listitem").first()).toContainText("Submitted:");
    const agreement = page
      .getByRole("table", { name: "Accepted agreements, newest first" })
      .getByRole("row")
      .filter({ hasText: "Partner Agreement" });
    await expect(agreement).toContainText("2026-01");
    await expect(agreement).toContainText("Tara Tailspin");
    await expect(agreement).toContainText("Managing Director");

    // The form: fieldsets with legends, labelled inputs.
    await expect(page.getByRole("group", { name: "Legal business profile" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Primary contact" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Customer support" })).toBeVisible();
    await expect(page.getByLabel("Legal name")).toHaveValue("Tailspin IT");
    await expect(page.getByTestId("contact-email-verification")).toContainText("Verified on");

    const city = `Seattle ${stamp()}`;
    const website = `https://help-${stamp()}.tailspin.example/`;
    await page.getByLabel("City").fill(city);
    await page.getByLabel("Support website (optional)").fill(website);
    await save(page);
    await expect(
      page.getByRole("main").getByRole("status").filter({ hasText: "The partner profile was saved." }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("City")).toHaveValue(city);
    await expect(page.getByLabel("Support website (optional)")).toHaveValue(website);

    // §6: the change is in the audit log, before and after.
    await page.goto("/settings/audit-log");
    await expect(
      page.getByRole("row").filter({ hasText: "Partner profile updated" }).filter({ hasText: city }).first(),
    ).toBeVisible();
  });

  test("P-profile-edit: bad input gets field messages, R13 and R12 refusals name their rule, nothing is saved", async ({
    page,
  }) => {
    await signIn(page, "admin@tailspin.example");
    await openProfile(page);
    const phoneBefore = await page.getByLabel("Phone", { exact: true }).inputValue();
    const pendingBefore = await page.getByTestId("pending-contact-email").count();

    await page.getByLabel("Legal name").fill("");
    await page.getByLabel("Phone", { exact: true }).fill("call me");
    await page.getByLabel("Support website (optional)").fill("javascript:alert(1)");
    await save(page);
    // The browser checks with the server's schema: nothing is posted, the focus goes to the first error.
    await expect(page.getByLabel("Legal name")).toBeFocused();
    await expect(page.getByText("Fill in this field.")).toBeVisible();
    await expect(page.getByText("Enter a phone number with at least 5 digits")).toBeVisible();
    await expect(page.getByText("Enter a web address that starts with https:// or http://")).toBeVisible();
    await expect(page.getByLabel("Phone", { exact: true })).toHaveValue("call me"); // what was typed stays
    await expect(page.getByLabel("Legal name")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await page.reload();
    // R13: only the tenant's country is offered; a crafted choice is still refused by the server.
    const country = page.getByLabel("Country");
    await expect(country.locator("option", { hasText: "France" })).toHaveCount(0);
    await page.waitForLoadState("networkidle"); // hydrated: React keeps the injected option
    await country.evaluate((select: HTMLSelectElement) => select.add(new Option("France", "FR")));
    await country.selectOption({ label: "France" });
    await expect(country).toHaveValue("FR");
    await save(page);
    // The sentence first, then the next step, the rule as a tag.
    await expect(alert(page)).toContainText(
      "The legal country must be your tenant's country (US). Contact support to move your organization to another country. R13",
    );
    await expect(
      page.getByText("The legal country must be your tenant's country (US).", { exact: true }),
    ).toBeVisible();

    await page.reload();
    await page.getByLabel("Email", { exact: true }).fill("tailspin.contact@gmail.com");
    await save(page);
    await expect(alert(page)).toContainText("The primary contact email must not be a web-based mail service");
    await expect(
      page.getByText("Use an address at your organization's domain, not a web-based mail service.", { exact: true }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Legal name")).toHaveValue("Tailspin IT");
    await expect(page.getByLabel("Country")).toHaveValue("US");
    await expect(page.getByLabel("Phone", { exact: true })).toHaveValue(phoneBefore);
    await expect(page.getByTestId("pending-contact-email")).toHaveCount(pendingBefore);
  });

  test("R12 §5: a new primary-contact email waits for verification; the link goes to the new address, a notice to the old one", async ({
    page,
  }) => {
    await signIn(page, "admin@tailspin.example");
    await openProfile(page);
    const oldEmail = await page.getByLabel("Email", { exact: true }).inputValue();
    const newEmail = `contact-${stamp()}@tailspin.example`;
    await page.getByLabel("Email", { exact: true }).fill(newEmail);
    await save(page);
    await expect(
      page
        .getByRole("main")
        .getByRole("status")
        .filter({ hasText: `We sent a verification link to ${newEmail}` }),
    ).toBeVisible();
    // Still the old address in use; the new one is shown as waiting for verification.
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(oldEmail);
    await expect(page.getByTestId("pending-contact-email")).toContainText(`${newEmail}: waiting for verification`);
    await page.reload();
    await expect(page.getByTestId("pending-contact-email")).toContainText(newEmail);

    // Both emails went through the outbox to the SMTP server.
    await expect(async () => {
      await page.goto("/dev/mailbox");
      await expect(
        page.getByRole("row").filter({ hasText: newEmail }).filter({ hasText: "Verify your email address" }),
      ).toHaveCount(1, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const notice = page.getByRole("row").filter({ hasText: oldEmail }).filter({ hasText: "is being changed" });
    await expect(notice.first()).toBeVisible();
    await page.getByRole("row").filter({ hasText: newEmail }).getByRole("link").first().click();
    const link = await page.locator("pre a[href*='/verify-email?token=']").first().getAttribute("href");
    expect(link).toBeTruthy();

    // Following the link and confirming swaps the new address in.
    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await page.locator('form:has(input[name="token"]) button[type="submit"]').click();
    await expect(page.getByRole("status").first()).toBeVisible();
    await openProfile(page);
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(newEmail);
    await expect(page.getByTestId("pending-contact-email")).toHaveCount(0);
  });
});

test("P-profile-view: an Admin agent sees the profile read-only, in English and German, axe-clean", async ({
  page,
}) => {
  await signIn(page, "agent@fabrikam.example");
  expect(await navLinks(page)).toEqual(["Overview", "Customers", "Indirect providers", "Partner profile"]);
  await openProfile(page);
  await expect(page.getByText("Only a Global admin can change the partner profile.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByTestId("pn-id")).toHaveText("4100002");
  await expect(page.getByRole("region", { name: "Legal business profile" })).toContainText("Fabrikam Solutions");
  await expect(page.getByRole("region", { name: "Primary contact" })).toContainText("partners@fabrikam.example");
  await expect(page.getByRole("region", { name: "Customer support" })).toContainText("support@fabrikam.example");
  await expect(page.getByTestId("program-INDIRECT_RESELLER")).toContainText("Approved");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Partnerprofil", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Programminformationen" })).toBeVisible();
  await expect(page.getByText("Nur ein globaler Administrator kann das Partnerprofil ändern.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Partner profile", level: 1 })).toBeVisible();
});

test("P-profile-edit form is axe-clean in English and German", async ({ page }) => {
  await signIn(page, "admin@tailspin.example");
  await openProfile(page);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Partnerprofil", level: 1 })).toBeVisible();
  await expect(page.getByRole("group", { name: "Rechtliches Unternehmensprofil" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Speichern" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Partner profile", level: 1 })).toBeVisible();
});

test("P-profile-view: a Helpdesk agent gets not-found, even by URL, and no navigation link", async ({ page }) => {
  await signIn(page, "helpdesk@fabrikam.example");
  expect(await navLinks(page)).not.toContain("Partner profile");
  const response = await page.goto(PROFILE);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
