import "server-only";
import type { Client } from "./partnership-rules";
import { DomainError, ruleViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { hashToken, isWellFormedToken } from "@/lib/tokens";

export type ProviderInvitation = {
  id: string;
  status: InvitationStatus;
  /** Past expires_at by the database clock. */
  expired: boolean;
  expiresAt: Date;
  acceptedAt: Date | null;
  inviterId: string;
  sentByUserId: string | null;
  intendedEmail: string | null;
  locale: string;
  /** The reseller partner the invitation is bound to: the one picked, else the partner of the address's tenant. */
  targetPartnerId: string | null;
};

/**
 * A provider's invitation by its raw token (R16: only the SHA-256 is compared), or null for a
 * malformed, unknown or other kind of link. Reads only; opening a link changes nothing. `lock`
 * takes the row FOR UPDATE (authorization).
 */
export async function findProviderInvitation(
  client: Client,
  token: unknown,
  options: { lock?: boolean } = {},
): Promise<ProviderInvitation | null> {
  if (!isWellFormedToken(token)) return null;
  const rows = await client.$queryRaw<ProviderInvitation[]>(Prisma.sql`
    SELECT i.id, i.status, i.expires_at <= now() AS expired, i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt",
           i.inviter_id AS "inviterId", i.sent_by_user_id AS "sentByUserId", i.intended_email AS "intendedEmail", i.locale,
           COALESCE(i.target_partner_id,
             (SELECT p.id FROM users u JOIN partner_organizations p ON p.tenant_id = u.tenant_id WHERE u.email = i.intended_email)) AS "targetPartnerId"
    FROM invitations i
    WHERE i.token_hash = ${hashToken(token)} AND i.kind = 'RESELLER_PARTNERSHIP' AND i.intended_tenant_kind = 'PARTNER'
    ${options.lock ? Prisma.sql`FOR UPDATE OF i` : Prisma.empty}`);
  return rows[0] ?? null;
}

/** R16: why an invitation can no longer be authorized (accepted, revoked, declined, expired), or null while it can. */
export function invitationStateRefusal(invitation: ProviderInvitation): DomainError | null {
  if (invitation.status === "ACCEPTED") {
    return new DomainError("CONFLICT", "R16: this invitation was already accepted; the link works only once.", {
      rule: "R16",
      messageKey: "partnerships.landing.accepted.body",
    });
  }
  if (invitation.status === "REVOKED")
    return ruleViolation("R16", "the provider revoked this invitation.", undefined, {
      messageKey: "partnerships.landing.revoked.body",
    });
  if (invitation.status === "DECLINED")
    return ruleViolation("R16", "this invitation was declined.", undefined, {
      messageKey: "partnerships.landing.declined.body",
    });
  if (invitation.expired)
    return ruleViolation("R16", "this link has expired. Ask the provider to resend the invitation.", undefined, {
      messageKey: "partnerships.landing.expired.body",
    });
  return null;
}
