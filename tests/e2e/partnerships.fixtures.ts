// SQL fixtures for the partnerships specs: fresh indirect providers and resellers (never the demo
// Fabrikam–Northwind link or Tailwind/Tailspin rows other specs rely on), and reseller invitations
// with a known raw token for the landing-page states (only its SHA-256 is stored, as the app does).
import { createHash, randomBytes } from "node:crypto";
import { createPartnerFixture, query } from "./operator-review.fixtures";

export { closeFixtures, query } from "./operator-review.fixtures";

/** An approved indirect provider (DE) with a Global admin + Admin agent. */
export const createProviderFixture = (label = "Partnership Provider", country = "DE") =>
  createPartnerFixture({
    label,
    country,
    agreement: true,
    enrollments: [{ program: "INDIRECT_PROVIDER", status: "APPROVED" }],
    users: [{ local: "admin", name: "Paula Provider", agent: "ADMIN_AGENT", admin: "GLOBAL_ADMIN" }],
  });

/** An approved indirect reseller with a Global admin (Rita) and an Admin agent (Alan). */
export const createResellerFixture = (label = "Partnership Reseller", country = "AT") =>
  createPartnerFixture({
    label,
    country,
    agreement: true,
    enrollments: [{ program: "INDIRECT_RESELLER", status: "APPROVED" }],
    users: [
      { local: "admin", name: "Rita Reseller", agent: "ADMIN_AGENT", admin: "GLOBAL_ADMIN" },
      { local: "agent", name: "Alan Agent", agent: "ADMIN_AGENT", admin: "NO_ADMIN" },
    ],
  });

/** A reseller invitation in a given state; returns the raw token for the link. */
export async function createInvitationFixture(input: {
  providerId: string;
  resellerId: string;
  email: string;
  status?: "PENDING" | "ACCEPTED" | "REVOKED" | "DECLINED";
  expired?: boolean;
}) {
  const token = randomBytes(32).toString("base64url");
  await query(
    `INSERT INTO invitations (id, kind, inviter_id, intended_email, intended_tenant_kind, target_partner_id, token_hash, status, expires_at, updated_at)
     VALUES (gen_random_uuid(), 'RESELLER_PARTNERSHIP', $1, $2, 'PARTNER', $3, $4, $5::"InvitationStatus", now() + $6::interval, now())`,
    [
      input.providerId,
      input.email,
      input.resellerId,
      createHash("sha256").update(token).digest("hex"),
      input.status ?? "PENDING",
      input.expired ? "-1 minute" : "30 days",
    ],
  );
  return { token, path: `/invitations/provider?token=${token}` };
}
