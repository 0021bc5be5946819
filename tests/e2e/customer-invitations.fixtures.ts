// SQL fixtures for the customer-invitations spec: fresh customer tenants (each with a Global
// admin whose password is the demo password) and fresh partners, so the spec never changes the
// demo rows other specs rely on. Mail is read from the development Mailbox (delivered over SMTP).
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { query } from "./operator-review.fixtures";

export { closeFixtures, createPartnerFixture, query } from "./operator-review.fixtures";

/** A customer tenant nobody works with yet, with its Global admin admin@<domain>. */
export async function createCustomerTenantFixture(label: string, country = "DE") {
  const suffix = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const name = `${label} ${suffix}`;
  const domain = `cust-${suffix}.example`;
  const [{ hash }] = await query<{ hash: string }>(
    "SELECT password_hash AS hash FROM users WHERE email = 'admin@contoso.example'",
  );
  const [tenant] = await query<{ id: string }>(
    "INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at) VALUES (gen_random_uuid(), 'CUSTOMER', $1, $2, $3, now()) RETURNING id",
    [name, domain, country],
  );
  const email = `admin@${domain}`;
  await query(
    "INSERT INTO users (id, tenant_id, name, email, password_hash, agent_role, admin_role, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, 'NO_AGENT', 'GLOBAL_ADMIN', now())",
    [tenant.id, `Admin of ${name}`, email, hash],
  );
  return { id: tenant.id, name, domain, email };
}

/** The demo partner's id by its legal name (read-only). */
export async function partnerIdOf(legalName: string) {
  const [row] = await query<{ id: string }>("SELECT id FROM partner_organizations WHERE legal_name = $1", [legalName]);
  return row.id;
}

/** Opens the newest mail to `to` in the development Mailbox and returns it: its text and the customer invitation link in it. */
export async function readInvitationMail(page: Page, to: string) {
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByRole("row").filter({ hasText: to })).not.toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("row").filter({ hasText: to }).first().getByRole("link").first().click();
  const link = page.getByRole("link", { name: /\/invitations\/customer\?token=/ }).first();
  const href = (await link.getAttribute("href"))!;
  return { href, body: (await page.getByRole("main").textContent()) ?? "" };
}
