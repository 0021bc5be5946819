// ENGINEERING §4, SPEC §4: one walk over every page as the demo roles that use it. Each page is
// loaded once per language; axe must be clean at 1366 px and, after resizing the same page, at
// 390 px, where nothing may stick out sideways (the overflowing element is named). Every page's
// problems are collected (soft assertions), so one run lists them all. The phone's menu drawer is
// checked on the way (focus, Escape, marking the current page). The enrollment wizard's later
// steps need a wizard in progress: enrollment.spec.ts scans them.
import { expect, type Page, test } from "@playwright/test";
import { appDatabase, closeAppDatabase } from "./app-database";
import { axeViolations, signIn, signInAsOperator } from "./helpers";
import { createPartnerFixture } from "./operator-review.fixtures";

test.describe.configure({ timeout: 300_000 }); // dozens of pages each; a busy machine makes them slow
test.afterAll(closeAppDatabase);

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const LOCALES = ["en", "de"] as const;
type Locale = (typeof LOCALES)[number];

/** A page of the walk: its path, and the status it answers when that is not 200 (a not-found page). */
type Stop = string | { path: string; status: number };

const idOf = async (sql: string, values: unknown[] = []) =>
  (await appDatabase().query<{ id: string }>(sql, values)).rows[0].id;
const partnerId = (domain: string) =>
  idOf("SELECT p.id FROM partner_organizations p JOIN tenants t ON t.id = p.tenant_id WHERE t.primary_domain = $1", [
    domain,
  ]);

/** The element(s) that make the page wider than the screen, or null when nothing overflows. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const width = root.clientWidth + 0.5;
    const inScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      return false;
    };
    const describe = (element: Element) => {
      const classes = [...element.classList].slice(0, 4).join(".");
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const right = Math.round(element.getBoundingClientRect().right);
      return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ""}> right ${right} px "${text}"`;
    };
    // The outermost elements past the right edge (their parent still fits), outside any scroller.
    const culprits = [...document.body.querySelectorAll("*")].filter(
      (element) =>
        element.getBoundingClientRect().right > width &&
        (element.parentElement?.getBoundingClientRect().right ?? 0) <= width &&
        !inScroller(element),
    );
    return `scrollWidth ${root.scrollWidth} > ${root.clientWidth}: ${culprits.slice(0, 3).map(describe).join("; ")}`;
  });
}

/** Loads `stop` at 1366 px, scans it, narrows the same page to 390 px, checks overflow and scans again. */
async function visit(page: Page, stop: Stop, locale: Locale) {
  const { path, status } = typeof stop === "string" ? { path: stop, status: 200 } : stop;
  await page.setViewportSize(DESKTOP);
  const response = await page.goto(path);
  const where = `${path} (${locale})`;
  expect.soft(response?.status(), `${where}: status`).toBe(status);
  expect.soft(new URL(page.url()).pathname, `${where}: no redirect`).toBe(path.split("?")[0]);
  await expect.soft(page.locator("html"), `${where}: language`).toHaveAttribute("lang", locale);
  await expect.soft(page.locator("h1").first(), `${where}: heading`).toBeVisible();
  expect.soft(await axeViolations(page), `${where} at 1366 px`).toEqual([]);
  await page.setViewportSize(PHONE);
  expect.soft(await horizontalOverflow(page), `${where} at 390 px: horizontal overflow`).toBeNull();
  expect.soft(await axeViolations(page), `${where} at 390 px`).toEqual([]);
}

/** Every stop in English, then every stop in German (the language cookie, as the switch sets it). */
async function walk(page: Page, stops: Stop[], between?: (locale: Locale) => Promise<void>) {
  for (const locale of LOCALES) {
    const url = test.info().project.use.baseURL!;
    await page.context().addCookies([{ name: "pc_locale", value: locale, url }]);
    for (const stop of stops) await visit(page, stop, locale);
    await between?.(locale);
  }
}

/** The phone's menu: a drawer with the navigation that traps focus, closes on Escape and on navigating. */
async function phoneMenu(page: Page) {
  await page.setViewportSize(PHONE);
  await page.goto("/overview");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav).toBeHidden(); // below `md` the sidebar is not shown; the Menu button is
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  await menu.click();
  const drawer = page.getByRole("dialog", { name: "Menu" });
  await expect(drawer).toBeVisible();
  await expect(nav.getByRole("link")).toHaveText([
    "Overview",
    "Customers",
    "Indirect providers",
    "User management",
    "Partner profile",
    "Audit log",
    "Support",
  ]);
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Customers" })).not.toHaveAttribute("aria-current");
  // Focus moved in and stays in: from the first element, Shift+Tab wraps to the last, not the page.
  await expect(drawer.getByRole("button", { name: "Close menu" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(nav.getByRole("link", { name: "Support" })).toBeFocused();
  expect.soft(await axeViolations(page), "the open menu").toEqual([]);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(menu).toBeFocused();
  // A link navigates and closes the drawer; the new page is the one marked.
  await menu.click();
  await nav.getByRole("link", { name: "Customers" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await expect(drawer).toBeHidden();
  await menu.click();
  await expect(nav.getByRole("link", { name: "Customers" })).toHaveAttribute("aria-current", "page");
  await drawer.getByRole("button", { name: "Close menu" }).click();
  await expect(drawer).toBeHidden();
  await expect(menu).toBeFocused();
}

test("signed out: sign-in, enrollment, invitation and verification links, not found, the Mailbox", async ({ page }) => {
  await walk(page, [
    "/sign-in",
    "/operator/sign-in",
    "/enroll",
    "/enroll/indirect-reseller",
    "/enroll/indirect-reseller/account",
    "/enroll/indirect-reseller/create-account",
    "/verify-email?token=unknown",
    "/invitations/customer?token=unknown",
    "/invitations/provider?token=unknown",
    { path: "/no-such-page", status: 404 },
    "/dev/mailbox",
  ]);
  // A caught email, when other tests have sent one by now.
  const first = page.getByRole("table").getByRole("link").first();
  if (await first.count()) await walk(page, [(await first.getAttribute("href"))!]);
});

test("Fabrikam's Global admin (indirect reseller): Overview, customers, indirect providers, the phone menu", async ({
  page,
}) => {
  const northwind = await partnerId("northwind.example");
  const contoso = await idOf("SELECT id FROM tenants WHERE primary_domain = 'contoso.example'");
  await signIn(page, "admin@fabrikam.example");
  await walk(
    page,
    [
      "/overview",
      "/customers",
      `/customers/${contoso}`,
      "/customers/request",
      "/customers/requests",
      "/customers/new",
      "/indirect-providers",
      `/indirect-providers/${northwind}/customers`,
      `/indirect-providers/${northwind}/invite-customers`,
      "/enroll/status",
    ],
    async (locale) => {
      if (locale === "en") await phoneMenu(page);
    },
  );
});

test("Fabrikam's Global admin: user management, partner profile, audit log, support, password", async ({ page }) => {
  const agent = await idOf("SELECT id FROM users WHERE email = 'agent@fabrikam.example'");
  const support = await idOf(
    `INSERT INTO support_requests (id, partner_id, category, subject, description, updated_at)
     VALUES (gen_random_uuid(), $1, 'BILLING', 'Walk: invoice question', 'Which address is on the invoice?', now()) RETURNING id`,
    [await partnerId("fabrikam.example")],
  );
  await signIn(page, "admin@fabrikam.example");
  await walk(page, [
    "/settings/users",
    "/settings/users/new",
    `/settings/users/${agent}`,
    "/settings/partner-profile",
    "/settings/audit-log",
    "/settings/support",
    "/settings/support/new",
    `/settings/support/${support}`,
    "/change-password",
  ]);
});

for (const [role, email, stops] of [
  ["Admin agent", "agent@fabrikam.example", ["/overview", "/customers"]],
  [
    "Helpdesk agent (no user management)",
    "helpdesk@fabrikam.example",
    ["/overview", { path: "/settings/users", status: 404 }],
  ],
  ["User management admin", "users@fabrikam.example", ["/overview", "/settings/users"]],
] as [string, string, Stop[]][]) {
  test(`Fabrikam's ${role}`, async ({ page }) => {
    await signIn(page, email);
    await walk(page, stops);
  });
}

test("Northwind's Global admin (indirect provider) and Tailwind's (agreement pending)", async ({ browser }) => {
  const roles: [string, Stop[]][] = [
    [
      "admin@northwind.example",
      [
        "/overview",
        "/customers",
        "/customers/new",
        "/customers/request",
        "/indirect-resellers",
        "/indirect-resellers/invite",
      ],
    ],
    ["admin@tailwindtraders.example", ["/overview", "/overview/partner-agreement"]],
  ];
  for (const [email, stops] of roles) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    await walk(page, stops);
    await context.close();
  }
});

test("Adatum's Global admin (direct bill): a customer, its products, Add products, Create a customer", async ({
  page,
}) => {
  const adatum = await partnerId("adatum.example");
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const customer = await idOf(
    "INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at) VALUES (gen_random_uuid(), 'CUSTOMER', $1, $2, 'AT', now()) RETURNING id",
    [`Walk Customer ${suffix}`, `walk-${suffix}.example`],
  );
  await appDatabase().query(
    "INSERT INTO customer_relationships (id, partner_id, customer_tenant_id, channel, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'DIRECT_BILL', 'ACTIVE', now())",
    [adatum, customer],
  );
  await appDatabase().query(
    "INSERT INTO subscriptions (id, partner_id, customer_tenant_id, product_sku, quantity, updated_at) VALUES (gen_random_uuid(), $1, $2, 'CLOUD-BACKUP-1TB', 3, now())",
    [adatum, customer],
  );
  await signIn(page, "admin@adatum.example");
  await walk(page, [
    "/overview",
    "/customers",
    `/customers/${customer}`,
    `/customers/${customer}/products`,
    `/customers/${customer}/products/add`,
    "/customers/new",
  ]);
});

test("a customer's Global admin: the Overview with its partners", async ({ page }) => {
  await signIn(page, "admin@contoso.example");
  await walk(page, ["/overview"]);
  await expect(page.getByText("Fabrikam Solutions")).toBeVisible();
});

test("the operator console: every list", async ({ page }) => {
  await signInAsOperator(page);
  await walk(page, [
    "/operator",
    "/operator/enrollments",
    "/operator/partners",
    "/operator/relationships",
    "/operator/support",
    "/operator/emails",
    "/operator/audit-log",
  ]);
});

test("the operator console: an enrollment in review, a relationship, a support request", async ({ page }) => {
  const reviewed = await createPartnerFixture({
    label: "Walk Review",
    enrollments: [{ program: "INDIRECT_RESELLER", status: "IN_REVIEW" }],
  });
  const relationship = await idOf("SELECT id FROM provider_reseller_relationships LIMIT 1");
  const support = await idOf(
    `INSERT INTO support_requests (id, partner_id, category, subject, description, updated_at)
     VALUES (gen_random_uuid(), $1, 'ACCOUNT', 'Walk: account question', 'Who can add users?', now()) RETURNING id`,
    [reviewed.partnerId],
  );
  await signInAsOperator(page);
  await walk(page, [
    `/operator/enrollments/${reviewed.enrollmentIds[0]}`,
    `/operator/relationships/${relationship}`,
    `/operator/support/${support}`,
  ]);
});
