// Scale-out (issue 18): a second production server from the same build, on another port, against the
// same PostgreSQL with the same AUTH_SECRET (the environment `npm test` gives both). Sessions, server
// actions, sign-in throttling, the outbox and acceptances must not care which instance answers.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { attemptSignIn, signIn } from "./helpers";
import { createCustomerInvitationFixture, createCustomerTenant, createInviter } from "./customer-landing.fixtures";
import { closeFixtures, query } from "./operator-review.fixtures";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let second: ChildProcess | undefined;
let B = "";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  B = `http://127.0.0.1:${port}`;
  const root = path.resolve(import.meta.dirname, "../..");
  second = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    detached: true, // its own process group: `next` leaves children
    stdio: "ignore",
  });
  await expect
    .poll(
      () =>
        fetch(`${B}/sign-in`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 100_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (second?.pid) process.kill(-second.pid, "SIGTERM");
  await closeFixtures();
});

test("a session made on one instance works on the other", async ({ page }) => {
  await signIn(page, "admin@fabrikam.example");
  await page.goto(`${B}/overview`);
  await expect(page).toHaveURL(`${B}/overview`);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
});

test("a server action rendered by one instance is accepted by the other", async ({ request, baseURL }) => {
  // The language switch of this instance's sign-in page, posted as the form does without JavaScript
  // (its action id in a hidden field) to the other instance.
  const html = await (await request.get(`${baseURL}/sign-in`)).text();
  const field = /aria-label="Language"[\s\S]*?name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
  expect(field).toBeTruthy();
  const response = await request.post(`${B}/sign-in`, {
    headers: { origin: B },
    multipart: { [field!]: "", locale: "de" },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["set-cookie"]).toContain("pc_locale=de");
});

test("sign-in attempts are counted across both instances (one throttle)", async ({ page, baseURL }) => {
  const email = `nobody-${randomBytes(4).toString("hex")}@scale.example`;
  for (const base of [baseURL!, B, baseURL!]) {
    await attemptSignIn(page, email, "Wrong-password-123", base);
    await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  }
  const key = createHash("sha256").update(`signin:account:user:${email}`).digest("hex");
  expect(await query<{ count: number }>("SELECT count FROM rate_limit_buckets WHERE key = $1", [key])).toEqual([
    { count: 3 },
  ]);
});

test("200 emails enqueued once are delivered exactly once with both outbox workers running", async () => {
  const tag = `scale-${randomBytes(4).toString("hex")}`;
  await query(
    `INSERT INTO outbox_emails (id, tenant_id, template, to_address, subject, html, text, status, attempts, next_attempt_at, created_at, updated_at)
     SELECT gen_random_uuid(), (SELECT tenant_id FROM users WHERE email = 'admin@fabrikam.example'), 'support-reply',
            '${tag}-' || i || '@scale.example', 'Scale-out ' || i, '<p>Hello</p>', 'Hello', 'PENDING', 0, now(), now(), now()
       FROM generate_series(1, 200) i`,
  );
  await expect
    .poll(
      async () =>
        (
          await query<{ sent: number }>(
            "SELECT count(*)::int AS sent FROM outbox_emails WHERE to_address LIKE $1 AND status = 'SENT'",
            [`${tag}-%`],
          )
        )[0].sent,
      { timeout: 90_000 },
    )
    .toBe(200);
  // The mail catcher keeps one .eml file per message it accepted.
  const dir = process.env.MAILBOX_DIR!;
  const caught = readdirSync(dir).filter(
    (file) => file.endsWith(".eml") && readFileSync(path.join(dir, file), "utf8").includes(`${tag}-`),
  );
  expect(caught).toHaveLength(200);
});

test("R16 one invitation accepted on both instances at once gives one relationship", async ({
  page,
  browser,
  baseURL,
}) => {
  const inviter = await createInviter("Race");
  const customer = await createCustomerTenant("Race");
  const invitation = await createCustomerInvitationFixture({ inviterId: inviter.partnerId });
  await signIn(page, customer.emails[0]);
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());
  const otherPage = await other.newPage();
  await page.goto(`${baseURL}${invitation.path}`);
  await otherPage.goto(`${B}${invitation.path}`);
  await Promise.all([
    page.getByRole("button", { name: "Accept" }).click(),
    otherPage.getByRole("button", { name: "Accept" }).click(),
  ]);
  await expect(page.getByRole("main").getByRole("status").or(page.getByRole("main").getByRole("alert"))).toBeVisible();
  await expect(
    otherPage.getByRole("main").getByRole("status").or(otherPage.getByRole("main").getByRole("alert")),
  ).toBeVisible();
  await other.close();
  expect(
    await query<{ count: number }>(
      "SELECT count(*)::int AS count FROM customer_relationships WHERE partner_id = $1 AND customer_tenant_id = $2",
      [inviter.partnerId, customer.tenantId],
    ),
  ).toEqual([{ count: 1 }]);
  expect(await query("SELECT status FROM invitations WHERE id = $1", [invitation.id])).toEqual([
    { status: "ACCEPTED" },
  ]);
});
