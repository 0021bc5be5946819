// Settings → User management as a new admin does it (R17, R18, §5 outbox → real SMTP → Mailbox).
import { expect, test } from "@playwright/test";
import { addUserViaUi, completeFirstSignIn, navLinks, signIn, uniqueEmail } from "./helpers";
import { confirmInDialog, toasts } from "./confirm-dialog";

const NEW_PASSWORD = "a long and private passphrase 42";

// Multi-step flows with several browsers and argon2 sign-ins.
test.describe.configure({ timeout: 90_000 });

test("R18 add a user, copy the temporary password, first sign-in forces a change, then the Overview", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "admin@fabrikam.example");
  const email = uniqueEmail("sales");
  const temporaryPassword = await addUserViaUi(page, {
    name: "Sam Sales",
    email,
    agent: "Sales agent",
    admin: "No admin",
  });
  await expect(page.getByText("it can't be shown again")).toBeVisible();
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporaryPassword);
  // Reloading never shows the password again.
  await page.reload();
  await expect(page.getByTestId("temporary-password")).toHaveCount(0);
  await expect(page.getByText(temporaryPassword)).toHaveCount(0);

  const fresh = await browser.newContext();
  const newUser = await fresh.newPage();
  await signIn(newUser, email, temporaryPassword);
  await expect(newUser).toHaveURL(/\/change-password$/);
  await newUser.goto("/overview"); // nothing else is reachable before the change
  await expect(newUser).toHaveURL(/\/change-password$/);
  // The temporary password can't be reused as the new one.
  await newUser.getByLabel("Current password").fill(temporaryPassword);
  await newUser.getByLabel("New password", { exact: true }).fill(temporaryPassword);
  await newUser.getByLabel("Confirm new password").fill(temporaryPassword);
  await newUser.getByRole("button", { name: "Change password" }).click();
  await expect(newUser.getByText(/Choose a password different|too common|at least/)).toBeVisible();
  await completeFirstSignIn(newUser, email, temporaryPassword, NEW_PASSWORD);
  await expect(newUser.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  expect(await navLinks(newUser)).toEqual(["Overview", "Customers", "Indirect providers", "Partner profile"]); // P-customers-view, P-profile-view
  await expect(newUser.getByText("Sales agent, No admin")).toBeVisible();
  await fresh.close();
});

test("§5 the new-user notice goes through the outbox to a real SMTP server and shows in the Mailbox, without the password", async ({
  page,
}) => {
  await signIn(page, "admin@fabrikam.example");
  const email = uniqueEmail("notice");
  const temporaryPassword = await addUserViaUi(page, {
    name: "Nick Notice",
    email,
    agent: "Helpdesk agent",
    admin: "No admin",
  });
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("row").filter({ hasText: email }).getByRole("link").click();
  await expect(page.getByText(email).first()).toBeVisible();
  expect(await page.content()).not.toContain(temporaryPassword);
});

test("R17 a role change ends the user's session on their very next request", async ({ page, browser }) => {
  await signIn(page, "admin@fabrikam.example");
  const email = uniqueEmail("demote");
  const temporaryPassword = await addUserViaUi(page, {
    name: "Dana Demote",
    email,
    agent: "Admin agent",
    admin: "No admin",
  });
  const other = await browser.newContext();
  const userPage = await other.newPage();
  await completeFirstSignIn(userPage, email, temporaryPassword, NEW_PASSWORD);

  await page.goto("/settings/users?q=" + encodeURIComponent(email));
  await page.getByRole("link", { name: "Dana Demote" }).click();
  await page
    .getByRole("group", { name: "Agent type" })
    .getByRole("radio", { name: "Helpdesk agent", exact: true })
    .check();
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The roles were updated" })).toBeVisible();

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/sign-in/);
  await signIn(userPage, email, NEW_PASSWORD);
  await expect(userPage.getByText("Helpdesk agent, No admin")).toBeVisible();

  // Removal asks first: Escape closes the dialog and gives focus back to its trigger, and the confirm
  // button waits until the user's name is typed exactly. Then removal ends the session too.
  const remove = page.getByRole("button", { name: "Remove user" });
  await remove.click();
  const dialog = page.getByRole("alertdialog", { name: "Remove Dana Demote?" });
  await expect(dialog).toContainText("loses access at once");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.click();
  const confirm = dialog.getByRole("button", { name: "Remove user" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type Dana Demote to confirm").fill("dana demote");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type Dana Demote to confirm").fill("Dana Demote");
  await confirm.click();
  await expect(page).toHaveURL(/\/settings\/users$/);
  await expect(toasts(page)).toContainText("The user was removed.");
  await userPage.reload();
  await expect(userPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("R17 a User management admin is offered no Global admin role, and the last Global admin can't demote itself", async ({
  page,
  browser,
}) => {
  await signIn(page, "users@fabrikam.example");
  await page.goto("/settings/users/new");
  const adminTypes = page.getByRole("group", { name: "Admin type" });
  await expect(adminTypes.getByRole("radio", { name: "User management admin", exact: true })).toBeVisible();
  await expect(adminTypes.getByRole("radio", { name: "Global admin", exact: true })).toHaveCount(0);

  const context = await browser.newContext();
  const solo = await context.newPage();
  await signIn(solo, "admin@tailspin.example");
  await solo.goto("/settings/users");
  await solo.getByRole("link", { name: "Tara Tailspin" }).click();
  await solo.getByRole("group", { name: "Admin type" }).getByRole("radio", { name: "No admin", exact: true }).check();
  await solo.getByRole("button", { name: "Update" }).click();
  // The sentence first, the rule as a tag, then the next step.
  await expect(solo.getByRole("main").getByRole("alert")).toContainText(
    "Your organization must keep at least one active Global admin. R17",
  );
  await expect(solo.getByRole("main").getByRole("alert")).toContainText("Make another user a Global admin first");
  await context.close();
});

test("bad input gets field messages, never a 500", async ({ page }) => {
  await signIn(page, "admin@fabrikam.example");
  await page.goto("/settings/users/new");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Enter the user's full name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not an email"); // what was typed stays
  await page.getByLabel("Full name").fill("Dup Licate");
  await page.getByLabel("Email").fill("  AGENT@Fabrikam.example ");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("A user with this email address already exists.")).toBeVisible();
});

test("sign out everywhere ends every session of the user", async ({ page, browser }) => {
  await signIn(page, "admin@fabrikam.example");
  const email = uniqueEmail("everywhere");
  const temporaryPassword = await addUserViaUi(page, {
    name: "Eve Everywhere",
    email,
    agent: "Admin agent",
    admin: "No admin",
  });
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await completeFirstSignIn(a, email, temporaryPassword, NEW_PASSWORD);
  await signIn(b, email, NEW_PASSWORD);
  await expect(b).toHaveURL(/\/overview$/);
  await a.getByRole("button", { name: "Sign out everywhere" }).click();
  await confirmInDialog(a, "Sign out everywhere");
  await expect(a).toHaveURL(/\/sign-in/);
  await b.reload();
  await expect(b).toHaveURL(/\/sign-in/);
  await first.close();
  await second.close();
});

test("a user with No agent + No admin signs in and sees only a notice of what to ask for", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin@fabrikam.example");
  const email = uniqueEmail("norole");
  const temporaryPassword = await addUserViaUi(page, {
    name: "Nora Norole",
    email,
    agent: "No agent",
    admin: "No admin",
  });
  const context = await browser.newContext();
  const user = await context.newPage();
  await completeFirstSignIn(user, email, temporaryPassword, NEW_PASSWORD);
  await expect(user.getByRole("status").filter({ hasText: "You don't have access yet" })).toContainText(
    "Fabrikam Solutions",
  );
  expect(await navLinks(user)).toEqual(["Overview"]);
  await expect(user.getByText("PN ID")).toHaveCount(0);
  expect((await user.goto("/settings/users"))?.status()).toBe(404);
  await context.close();
});
