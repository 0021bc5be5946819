// SQL fixtures for the customer landing page spec: fresh partners (via the operator-review
// fixtures), customer tenants with their users, and customer invitations with known tokens —
// never the demo rows other specs rely on. Password of every user: the demo password.
import { createHash, randomBytes } from "node:crypto";
import { createPartnerFixture, query } from "./operator-review.fixtures";

export { closeFixtures, query } from "./operator-review.fixtures";

const suffix = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

/** An approved partner in `country` with its Global admin + Admin agent (emails[0]). */
export const createInviter = (
  label: string,
  program: "DIRECT_BILL" | "INDIRECT_RESELLER" | "INDIRECT_PROVIDER" = "INDIRECT_RESELLER",
  country = "DE",
) => createPartnerFixture({ label, country, enrollments: [{ program, status: "APPROVED" }], agreement: true });

/** A customer tenant with a Global admin (emails[0]) and a User management admin (emails[1]). */
export async function createCustomerTenant(label: string, country = "DE") {
  const id = suffix();
  const name = `${label} ${id}`;
  const domain = `cust-${id}.example`;
  const [{ hash }] = await query<{ hash: string }>(
    "SELECT password_hash AS hash FROM users WHERE email = 'admin@fabrikam.example'",
  );
  const [tenant] = await query<{ id: string }>(
    "INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at) VALUES (gen_random_uuid(), 'CUSTOMER', $1, $2, $3, now()) RETURNING id",
    [name, domain, country],
  );
  const users = [
    { email: `admin@${domain}`, name: `Gina Global ${id}`, admin: "GLOBAL_ADMIN" },
    { email: `users@${domain}`, name: `Uma Users ${id}`, admin: "USER_MANAGEMENT_ADMIN" },
  ];
  for (const user of users) {
    await query(
      "INSERT INTO users (id, tenant_id, name, email, password_hash, agent_role, admin_role, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, 'NO_AGENT', $5::\"AdminRole\", now())",
      [tenant.id, user.name, user.email, hash, user.admin],
    );
  }
  return {
    tenantId: tenant.id,
    name,
    domain,
    emails: users.map((user) => user.email),
    userNames: users.map((user) => user.name),
  };
}

/** A customer invitation with a known token; `expired` puts expires_at in the past by the database clock. */
export async function createCustomerInvitationFixture(input: {
  inviterId: string;
  coInviterId?: string;
  sentByEmail?: string;
  status?: "PENDING" | "ACCEPTED" | "REVOKED" | "DECLINED";
  expired?: boolean;
  /** The partner's personal message (the draft's text as sent). */
  message?: string;
}) {
  const token = randomBytes(32).toString("base64url");
  const [row] = await query<{ id: string }>(
    `INSERT INTO invitations (id, kind, inviter_id, co_inviter_id, sent_by_user_id, intended_email, intended_tenant_kind, token_hash, status, expires_at, updated_at, message)
     VALUES (gen_random_uuid(), $1::"InvitationKind", $2, $3, (SELECT id FROM users WHERE email = $4), NULL, 'CUSTOMER', $5, $6::"InvitationStatus",
             CASE WHEN $7 THEN now() - interval '1 minute' ELSE now() + interval '30 days' END, now(), $8)
     RETURNING id`,
    [
      input.coInviterId ? "CUSTOMER_JOINT" : "CUSTOMER_RELATIONSHIP",
      input.inviterId,
      input.coInviterId ?? null,
      input.sentByEmail ?? null,
      createHash("sha256").update(token).digest("hex"),
      input.status ?? "PENDING",
      input.expired ?? false,
      input.message ?? null,
    ],
  );
  return { id: row.id, token, path: `/invitations/customer?token=${token}` };
}
