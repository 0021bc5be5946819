// Issue 17: no password, token or cookie reaches the server log. This test puts a temporary
// password and a session through the server and records both in E2E_SECRETS_FILE; after the e2e
// stage, scripts/test.ts greps the server log for them, the demo password and the invitation
// tokens of the run's emails (tests/setup/check-server-log.ts).
import { appendFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addUserViaUi, signIn, signInWithForm, uniqueEmail } from "./helpers";

test.describe.configure({ timeout: 90_000 });

test("R18 a temporary password signs in once to the forced change; it and the session are recorded for the log check", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin@fabrikam.example");
  const email = uniqueEmail("logcheck");
  const temporaryPassword = await addUserViaUi(page, {
    name: "Lou Logcheck",
    email,
    agent: "Sales agent",
    admin: "No admin",
  });
  const context = await browser.newContext();
  const newUser = await context.newPage();
  await signInWithForm(newUser, email, temporaryPassword);
  await expect(newUser).toHaveURL(/\/change-password$/);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session-token"));
  expect(session?.value.length).toBeGreaterThan(20);
  await context.close();
  if (process.env.E2E_SECRETS_FILE)
    appendFileSync(process.env.E2E_SECRETS_FILE, `${temporaryPassword}\n${session!.value}\n`);
});
