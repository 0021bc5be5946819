import "server-only";
import type { DbClient, Tx } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationKind, InvitationStatus } from "@/lib/generated/prisma/enums";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { INVITATION_KINDS } from "./invitation-kinds";

// R16: an invitation as its link opens it, for every kind — the landing pages, acceptance and
// declining read it here, with one column list.

export type InvitationRow = {
  id: string;
  kind: InvitationKind;
  status: InvitationStatus;
  inviterId: string;
  coInviterId: string | null;
  /** The partner a reseller invitation is bound to (the one picked), if any. */
  targetPartnerId: string | null;
  sentByUserId: string | null;
  intendedEmail: string | null;
  /** The partner's text from the draft, as sent (the landing page shows it). */
  message: string | null;
  locale: string;
  acceptedTenantId: string | null;
  acceptedAt: Date | null;
  expiresAt: Date;
  /** Past expires_at by the database clock. */
  expired: boolean;
};

const COLUMNS = Prisma.raw(`id, kind, status, inviter_id AS "inviterId", co_inviter_id AS "coInviterId",
  target_partner_id AS "targetPartnerId", sent_by_user_id AS "sentByUserId", intended_email AS "intendedEmail", message, locale,
  accepted_tenant_id AS "acceptedTenantId", accepted_at AS "acceptedAt", expires_at AS "expiresAt"`);

/**
 * The invitation a link's raw token opens (only the SHA-256 is looked up), of one of `kinds` (a
 * landing page opens its own kinds only), or null for a malformed or unknown token. Reads only;
 * `lock` takes the row FOR UPDATE.
 */
export async function findInvitationByToken(
  client: DbClient,
  token: unknown,
  kinds: readonly InvitationKind[],
  options: { lock?: boolean } = {},
): Promise<InvitationRow | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await client.$queryRaw<InvitationRow[]>`
    SELECT ${COLUMNS}, expires_at <= now() AS expired
    FROM invitations
    WHERE token_hash = ${hashToken(token)} AND kind::text IN (${Prisma.join(kinds)})
    ${options.lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  return row ?? null;
}

/**
 * R16 single use: the one conditional UPDATE that turns a PENDING, unexpired (database clock)
 * invitation into ACCEPTED for this user and tenant, inside the caller's transaction. Concurrent
 * callers queue on the row lock and all but the first get null; the caller's rollback (a refused
 * rule) makes it PENDING again. The UPDATE also matches the token's hash, so a link resent (a new
 * token) after the caller's lookup claims nothing.
 */
export async function claimInvitation(
  tx: Tx,
  invitationId: string,
  token: string,
  by: { userId: string; tenantId: string },
): Promise<InvitationRow | null> {
  const [claimed] = await tx.$queryRaw<InvitationRow[]>`
    UPDATE invitations
    SET status = 'ACCEPTED', accepted_at = now(), accepted_by_user_id = ${by.userId}::uuid,
        accepted_tenant_id = ${by.tenantId}::uuid, updated_at = now()
    WHERE id = ${invitationId}::uuid AND token_hash = ${hashToken(token)} AND status = 'PENDING' AND expires_at > now()
    RETURNING ${COLUMNS}, false AS expired`;
  return claimed ?? null;
}

/**
 * R16: why a link can't be acted on any more (accepted, revoked, declined, expired), in its kind's
 * words; null while it is PENDING and unexpired. `viewerTenantId` lets an accepted one say "your organization".
 */
export function invitationStateRefusal(invitation: InvitationRow, viewerTenantId?: string): DomainError | null {
  const refusals = INVITATION_KINDS[invitation.kind].stateRefusals;
  if (invitation.status === "ACCEPTED") {
    const yours = !!viewerTenantId && invitation.acceptedTenantId === viewerTenantId && refusals.acceptedByYou;
    return new DomainError("CONFLICT", yours || refusals.ACCEPTED, { rule: "R16" });
  }
  if (invitation.status === "REVOKED" || invitation.status === "DECLINED")
    return ruleViolation("R16", refusals[invitation.status]);
  if (invitation.expired) return ruleViolation("R16", refusals.EXPIRED);
  return null;
}

/** The PENDING, unexpired invitation a link opens, to act on; else the refusal saying why not (NOT_FOUND, or its state). */
export async function findPendingInvitation(
  client: DbClient,
  token: unknown,
  kinds: readonly InvitationKind[],
  viewerTenantId?: string,
): Promise<InvitationRow> {
  const invitation = await findInvitationByToken(client, token, kinds);
  if (!invitation) throw notFound("invitation");
  const refusal = invitationStateRefusal(invitation, viewerTenantId);
  if (refusal) throw refusal;
  return invitation;
}

/** R16: the link changed between the first read and the claim: what it is now (a resent link's old token is unknown). */
export async function changedMeanwhileRefusal(
  client: DbClient,
  token: unknown,
  kinds: readonly InvitationKind[],
  viewerTenantId?: string,
): Promise<DomainError> {
  const now = await findInvitationByToken(client, token, kinds);
  if (!now) return notFound("invitation");
  return (
    invitationStateRefusal(now, viewerTenantId) ??
    new DomainError("CONFLICT", "partnerships.invitation.changedMeanwhile", { rule: "R16" })
  );
}
