// SQL fixtures for the operator-review and transition specs: fresh partner organizations built
// directly in the e2e database (the demo data has no enrollment in review, and the demo partners
// are shared by every spec, so these tests never change them). Uses the app's database
// (tests/e2e/app-database.ts).
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { appDatabase, closeAppDatabase } from "./app-database";

const db = appDatabase;
export const closeFixtures = closeAppDatabase;

export const query = async <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  (await db().query<T>(text, values)).rows;

type Enrollment = {
  program: "DIRECT_BILL" | "INDIRECT_PROVIDER" | "INDIRECT_RESELLER";
  status: "AWAITING_EMAIL_VERIFICATION" | "IN_REVIEW" | "APPROVED" | "REJECTED";
  viaTransition?: boolean;
};
type UserSpec = { local: string; name: string; agent: string; admin: string };

/**
 * A partner tenant with its organization, enrollments and users (password: the demo password,
 * copied from a demo account's hash). The first user is the enrolling user. Returns names and ids.
 */
export async function createPartnerFixture(input: {
  label: string;
  country?: string;
  enrollments: Enrollment[];
  agreement?: boolean;
  eligible?: boolean;
  users?: UserSpec[];
}) {
  const suffix = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const name = `${input.label} ${suffix}`;
  const domain = `e2e-${suffix}.example`;
  const country = input.country ?? "DE";
  const users = input.users ?? [
    { local: "admin", name: `Admin ${suffix}`, agent: "ADMIN_AGENT", admin: "GLOBAL_ADMIN" },
  ];
  const [{ hash }] = await query<{ hash: string }>(
    "SELECT password_hash AS hash FROM users WHERE email = 'admin@fabrikam.example'",
  );
  const [tenant] = await query<{ id: string }>(
    "INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at) VALUES (gen_random_uuid(), 'PARTNER', $1, $2, $3, now()) RETURNING id",
    [name, domain, country],
  );
  const userIds: string[] = [];
  for (const user of users) {
    const [row] = await query<{ id: string }>(
      'INSERT INTO users (id, tenant_id, name, email, password_hash, agent_role, admin_role, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::"AgentRole", $6::"AdminRole", now()) RETURNING id',
      [tenant.id, user.name, `${user.local}@${domain}`, hash, user.agent, user.admin],
    );
    userIds.push(row.id);
  }
  const unverified = input.enrollments.some((enrollment) => enrollment.status === "AWAITING_EMAIL_VERIFICATION");
  const pnId = `E2E${randomBytes(6).toString("hex").toUpperCase()}`.slice(0, 20);
  const [partner] = await query<{ id: string }>(
    `INSERT INTO partner_organizations (id, tenant_id, pn_id, legal_name, address_line1, city, postal_code, country_code, contact_name, contact_email,
       contact_phone, contact_email_verified_at, support_email, support_phone, indirect_move_eligible_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, '1 Test Street', 'Berlin', '10115', $4, 'Casey Contact', $5, '+49 30 1234567', $8, $6, '+49 30 7654321', $7, now()) RETURNING id`,
    [
      tenant.id,
      pnId,
      name,
      country,
      `partners@${domain}`,
      `support@${domain}`,
      input.eligible ? new Date() : null,
      unverified ? null : new Date(),
    ],
  );
  const enrollmentIds: string[] = [];
  for (const enrollment of input.enrollments) {
    const decided = enrollment.status === "APPROVED" || enrollment.status === "REJECTED";
    const verified = enrollment.status !== "AWAITING_EMAIL_VERIFICATION";
    const [row] = await query<{ id: string }>(
      `INSERT INTO program_enrollments (id, partner_id, program, status, started_by_user_id, email_verified_at, decided_at, via_transition, updated_at)
       VALUES (gen_random_uuid(), $1, $2::"Program", $3::"EnrollmentStatus", $4, $5, $6, $7, now()) RETURNING id`,
      [
        partner.id,
        enrollment.program,
        enrollment.status,
        userIds[0],
        verified ? new Date() : null,
        decided ? new Date() : null,
        enrollment.viaTransition ?? false,
      ],
    );
    enrollmentIds.push(row.id);
  }
  if (input.agreement) {
    await query(
      "INSERT INTO agreement_acceptances (id, partner_id, kind, version, accepted_by_user_id, signer_name, signer_title) VALUES (gen_random_uuid(), $1, 'PARTNER_AGREEMENT', '2026-01', $2, 'Casey Signer', 'CEO')",
      [partner.id, userIds[0]],
    );
  }
  return {
    name,
    domain,
    pnId,
    contactEmail: `partners@${domain}`,
    partnerId: partner.id,
    tenantId: tenant.id,
    enrollmentIds,
    emails: users.map((user) => `${user.local}@${domain}`),
    userNames: users.map((user) => user.name),
  };
}
