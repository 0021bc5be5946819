// Test data the enrollment e2e tests need and can't get from the demo scenario more than once:
// a fresh membership directory account with its own organization profiles (a PN ID links to one
// partner only, R13), and direct-bill partners with or without R14 eligibility. Written straight
// to the app's database (DATABASE_URL, as `npm test` passes it; else the dev server's embedded
// PostgreSQL), the way an operator's back office would have them.
import { randomBytes, randomUUID } from "node:crypto";
import { hash, type Algorithm } from "@node-rs/argon2";
import { appDatabase, closeAppDatabase } from "./app-database";
import { DEMO_PASSWORD } from "./helpers";

const db = appDatabase;
export const closeFixtures = closeAppDatabase;

const passwordHash = () =>
  hash(DEMO_PASSWORD, { algorithm: 2 as Algorithm /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
export const suffix = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

/** A membership account (password DEMO_PASSWORD) with one free active profile per country, one inactive and one in the US. */
export async function createMembershipAccount(countryCode = "DE") {
  const id = suffix();
  const email = `pmc-${id}@membership.example`;
  const accountId = randomUUID();
  await db().query("INSERT INTO membership_accounts (id, email, password_hash) VALUES ($1, $2, $3)", [
    accountId,
    email,
    await passwordHash(),
  ]);
  const pn = () => `8${Date.now().toString().slice(-8)}${randomBytes(2).readUInt16BE() % 1000}`;
  const profiles = [
    { pnId: pn(), legalName: `Contoso Partner ${id} GmbH`, countryCode, active: true },
    { pnId: pn(), legalName: `Dormant ${id} GmbH`, countryCode, active: false },
    { pnId: pn(), legalName: `Overseas ${id} Inc.`, countryCode: countryCode === "US" ? "CA" : "US", active: true },
  ];
  for (const profile of profiles) {
    const profileId = randomUUID();
    await db().query(
      "INSERT INTO organization_profiles (id, pn_id, legal_name, country_code, active) VALUES ($1, $2, $3, $4, $5)",
      [profileId, profile.pnId, profile.legalName, profile.countryCode, profile.active],
    );
    await db().query("INSERT INTO membership_access (account_id, profile_id) VALUES ($1, $2)", [accountId, profileId]);
  }
  return { email, password: DEMO_PASSWORD, active: profiles[0], inactive: profiles[1], overseas: profiles[2] };
}

/** An approved direct-bill partner (DE) with its Global admin; `eligible` marks it for the R14 move. */
export async function createDirectBillPartner({ eligible }: { eligible: boolean }) {
  const id = suffix();
  const domain = `direct-${id}.example`;
  const tenantId = randomUUID();
  const userId = randomUUID();
  const partnerId = randomUUID();
  const name = `Direct ${id} GmbH`;
  await db().query(
    "INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at) VALUES ($1, 'PARTNER', $2, $3, 'DE', now())",
    [tenantId, name, domain],
  );
  await db().query(
    "INSERT INTO users (id, tenant_id, name, email, password_hash, agent_role, admin_role, updated_at) VALUES ($1, $2, 'Dana Direct', $3, $4, 'ADMIN_AGENT', 'GLOBAL_ADMIN', now())",
    [userId, tenantId, `admin@${domain}`, await passwordHash()],
  );
  await db().query(
    `INSERT INTO partner_organizations (id, tenant_id, pn_id, legal_name, address_line1, city, postal_code, country_code, contact_name, contact_email,
       contact_phone, contact_email_verified_at, support_email, indirect_move_eligible_at, updated_at)
     VALUES ($1, $2, $3, $4, '1 Direct Street', 'Berlin', '10115', 'DE', 'Dana Direct', $5, '+49 30 1234567', now(), $6, $7, now())`,
    [
      partnerId,
      tenantId,
      `7${id}`.slice(0, 20),
      name,
      `partners@${domain}`,
      `support@${domain}`,
      eligible ? new Date() : null,
    ],
  );
  await db().query(
    "INSERT INTO program_enrollments (id, partner_id, program, status, started_by_user_id, email_verified_at, decided_at, updated_at) VALUES ($1, $2, 'DIRECT_BILL', 'APPROVED', $3, now(), now(), now())",
    [randomUUID(), partnerId, userId],
  );
  return { name, domain, email: `admin@${domain}`, contactEmail: `partners@${domain}` };
}
