// Signed-in browser state reused across tests (issue 18): the first test that signs a demo user
// in goes through the form and saves the context's cookies in the run's output folder; every
// later test, in any worker, starts from those cookies. Only the demo users the seed gives with
// the demo password are saved; a test that signs its user out or changes it uses its own user or
// signInWithForm. A saved session that stopped working (revoked) is replaced through the form.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Page, test } from "@playwright/test";

export const OPERATOR_EMAIL = "operator@contoso-cloud.example";

const DEMO_USERS = new Set([
  "admin@fabrikam.example",
  "agent@fabrikam.example",
  "helpdesk@fabrikam.example",
  "users@fabrikam.example",
  "admin@northwind.example",
  "admin@tailspin.example",
  "admin@adatum.example",
  "admin@tailwindtraders.example",
  "admin@contoso.example",
  OPERATOR_EMAIL,
]);

type Cookies = Awaited<ReturnType<ReturnType<Page["context"]>["cookies"]>>;

const fileOf = (email: string) => path.join(test.info().project.outputDir, ".sessions", `${email}.json`);

/** Opens `home` with the saved session of `email`, or runs `signInWithForm` and saves the session it made. */
export async function withSavedSession(page: Page, email: string, home: string, signInWithForm: () => Promise<void>) {
  const file = fileOf(email);
  if (DEMO_USERS.has(email) && existsSync(file)) {
    await page.context().addCookies(JSON.parse(readFileSync(file, "utf8")) as Cookies);
    await page.goto(home);
    if (new URL(page.url()).pathname === home) return;
  }
  await signInWithForm();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  if (!DEMO_USERS.has(email)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}`;
  const cookies = await page.context().cookies();
  writeFileSync(temporary, JSON.stringify(cookies.filter((cookie) => cookie.name !== "pc_locale"))); // the language stays the test's
  renameSync(temporary, file); // atomic: another worker never reads half a file
}
