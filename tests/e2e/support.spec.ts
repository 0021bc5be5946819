// Support and R15 end to end: a Global admin asks to end a provider–reseller relationship
// (Settings → Support → Create a request), the operator replies (the reply delivered over SMTP),
// then ends the relationship from the request (the reason, which both partners see, typed by the operator — never prefilled with the request's private text) → both partners are
// emailed and both lists show it as ended. The operator also ends one directly from Relationships.
// P-support-request: an Admin agent has no Support link and gets not found by URL. Axe in EN and
// DE on every page. Own provider/reseller pairs from SQL fixtures (never the demo Fabrikam–Northwind link).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, signInAsOperator } from "./helpers";
import { closeFixtures, createLinkedPair } from "./providers.fixtures";
import { confirmInDialog, toasts } from "./confirm-dialog";

// Generous: under a cold `next dev` every page compiles first; under `next start` the flow takes seconds.
test.describe.configure({ timeout: 420_000 });
test.afterAll(closeFixtures);

/** Waits until the mail catcher received an email to `to` whose subject contains `subject`. */
async function expectDelivered(browser: Browser, to: string, subject: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: to }).filter({ hasText: subject })).not.toHaveCount(0, {
      timeout: 1000,
    });
  }).toPass({ timeout: 60_000 });
  await context.close();
}

/** Axe on the current page in German, then back to English. */
async function scanInGerman(page: Page, heading: string) {
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByRole("button", { name: "Deutsch" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
}

test("P-support-request R15: a Global admin asks to end a relationship → the operator replies (email over SMTP) → ends it from the request → both lists show it ended", async ({
  page,
  browser,
}) => {
  const pair = await createLinkedPair("Support");
  const subject = `End our provider ${Date.now().toString(36)}`;
  const description = "We no longer work with this provider.\nPlease end the relationship.";

  // The reseller's Global admin: Settings → Support → Create a request.
  await signIn(page, pair.reseller.emails[0]);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Your organization has no support requests.")).toBeVisible();
  await expectNoAxeViolations(page);
  await scanInGerman(page, "Support");
  await page.getByRole("link", { name: "Create a request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create a support request" })).toBeVisible({
    timeout: 60_000,
  });
  await expectNoAxeViolations(page);
  await scanInGerman(page, "Supportanfrage erstellen");
  await page.getByLabel("Category").selectOption({ label: "End a provider–reseller relationship" });
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Description").fill(description);
  await page.getByRole("button", { name: "Create request" }).click();
  // The relationship is required for this category.
  await expect(page.getByLabel("Relationship to end")).toHaveAccessibleDescription(/Choose the relationship to end\./);
  await expect(page.getByLabel("Subject")).toHaveValue(subject);
  await expectNoAxeViolations(page);
  await page.getByLabel("Relationship to end").selectOption(pair.relationshipId);
  await page.getByRole("button", { name: "Create request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible({ timeout: 60_000 });
  await expect(toasts(page)).toContainText("Your request was sent to Contoso Cloud support.");
  await expect(page.getByRole("region", { name: "Request", exact: true })).toContainText("Open");
  await expect(page.getByRole("region", { name: "Request", exact: true })).toContainText(
    `${pair.provider.name} (${pair.provider.pnId}) (provider) → ${pair.reseller.name}`,
  );
  await expectNoAxeViolations(page);
  await scanInGerman(page, subject);

  // The operator: Support requests → filter → the request → Reply.
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await signInAsOperator(operator);
  await operator.getByRole("link", { name: "Support requests" }).click();
  await expect(operator.getByRole("heading", { level: 1, name: "Support requests" })).toBeVisible({ timeout: 60_000 });
  await operator.getByLabel("Category").selectOption({ label: "End a provider–reseller relationship" });
  await operator.getByLabel("Status").selectOption({ label: "Open" });
  await operator.getByRole("button", { name: "Apply" }).click();
  await expect(operator).toHaveURL(/category=END_PROVIDER_RESELLER_RELATIONSHIP/);
  await expectNoAxeViolations(operator);
  await scanInGerman(operator, "Supportanfragen");
  await operator.getByRole("link", { name: subject }).click();
  await expect(operator.getByRole("heading", { level: 1, name: subject })).toBeVisible({ timeout: 60_000 });
  await expect(operator.getByRole("region", { name: "Conversation", exact: true })).toContainText(
    "We no longer work with this provider.",
  );
  await expectNoAxeViolations(operator);
  await scanInGerman(operator, subject);
  await operator.getByLabel("Your reply").fill("We will end it today.");
  await operator.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(
    operator.getByRole("main").getByRole("status").filter({ hasText: "Your reply was sent." }),
  ).toBeVisible();
  await expect(operator.getByRole("region", { name: "Request", exact: true })).toContainText("Answered");
  await expectDelivered(browser, pair.reseller.emails[0], `Reply to your support request: ${subject}`);

  // End relationship from the request: both partners see the reason, so it starts empty rather than with the requester's text.
  await operator.getByRole("button", { name: "End relationship" }).click();
  const reason = operator.getByRole("alertdialog").getByLabel("Reason");
  await expect(reason).toHaveValue("");
  await reason.fill("Both partners asked to end it.");
  await confirmInDialog(operator, "End relationship", { typeName: pair.reseller.name });
  await expect(toasts(operator)).toContainText(
    "The relationship was ended, both partners were notified, and the request was answered and closed.",
  );
  await expect(operator.getByRole("region", { name: "Request", exact: true })).toContainText("Closed");
  await expect(operator.getByRole("region", { name: "Request", exact: true })).toContainText(
    "Both partners asked to end it.",
  );
  await expect(operator.getByRole("button", { name: "Reply", exact: true })).toHaveCount(0);
  await operatorContext.close();
  await expectDelivered(
    browser,
    pair.reseller.contactEmail,
    `The relationship between ${pair.reseller.name} and ${pair.provider.name} has ended`,
  );
  await expectDelivered(
    browser,
    pair.provider.contactEmail,
    `The relationship between ${pair.provider.name} and ${pair.reseller.name} has ended`,
  );

  // The reseller: the request is closed with the operator's messages; Indirect providers keeps the provider as ended.
  await page.reload();
  await expect(page.getByRole("region", { name: "Request", exact: true })).toContainText("Closed");
  await expect(page.getByRole("region", { name: "Conversation", exact: true })).toContainText("We will end it today.");
  await expect(page.getByRole("region", { name: "Conversation", exact: true })).toContainText(
    "Reason: Both partners asked to end it.",
  );
  await page.goto("/indirect-providers");
  const card = page.getByRole("article", { name: pair.provider.name });
  await expect(card).toContainText(/Ended on .+ — Both partners asked to end it\./);
  await expect(card.getByRole("link", { name: "View customers" })).toHaveCount(0);

  // The provider: its Indirect resellers list keeps the reseller as ended.
  const providerContext = await browser.newContext();
  const provider = await providerContext.newPage();
  await signIn(provider, pair.provider.emails[0]);
  await provider.goto("/indirect-resellers");
  await expect(provider.getByRole("main")).toContainText(pair.reseller.name, { timeout: 60_000 });
  await expect(provider.getByRole("main")).toContainText(/Ended/);
  await providerContext.close();
});

test("R15 the operator ends a relationship directly from Relationships, with a required reason (EN and DE, axe)", async ({
  page,
}) => {
  const pair = await createLinkedPair("Direct End");
  await signInAsOperator(page);
  await page.getByRole("link", { name: "Provider–reseller relationships" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Provider–reseller relationships" })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByLabel("Search by either partner's name or PN ID").fill(pair.reseller.pnId);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("1 relationship", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await scanInGerman(page, "Anbieter-Reseller-Beziehungen");
  await page.getByRole("link", { name: `${pair.provider.name} → ${pair.reseller.name}` }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${pair.provider.name} → ${pair.reseller.name}` }),
  ).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolations(page);
  await scanInGerman(page, `${pair.provider.name} → ${pair.reseller.name}`);

  // The dialog names both partners, needs the reseller's name typed and keeps the required reason.
  await page.getByRole("button", { name: "End relationship" }).click();
  const dialog = page.getByRole("alertdialog", {
    name: `End the relationship between ${pair.provider.name} and ${pair.reseller.name}?`,
  });
  await confirmInDialog(page, "End relationship", { typeName: pair.reseller.name });
  await expect(dialog.getByLabel("Reason")).toHaveAccessibleDescription(/Enter the reason\./);
  await dialog.getByLabel("Reason").fill("Provider left the program.");
  await dialog.getByRole("button", { name: "End relationship", exact: true }).click();
  await expect(toasts(page)).toContainText("The relationship was ended. Both partners were notified.");
  await expect(page.getByRole("region", { name: "Relationship", exact: true })).toContainText(
    "Provider left the program.",
  );
  await expect(page.getByRole("button", { name: "End relationship" })).toHaveCount(0);
  await page.goto(`/operator/relationships?status=ENDED&q=${encodeURIComponent(pair.provider.pnId)}`);
  await expect(page.getByRole("row").filter({ hasText: pair.reseller.pnId })).toContainText("Ended on");
});

test("P-support-request: an Admin agent has no Support link and gets not found by URL", async ({ page }) => {
  await signIn(page, "agent@fabrikam.example");
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Support" }),
  ).toHaveCount(0);
  for (const path of [
    "/settings/support",
    "/settings/support/new",
    "/settings/support/00000000-0000-4000-8000-000000000000",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});
