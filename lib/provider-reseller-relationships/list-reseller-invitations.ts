import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { type InvitationState, invitationState } from "@/lib/invitations/invitation-links";
import { pageNumber } from "@/lib/text";
import { loadActiveProvider } from "./partnership-rules";

export const INVITATIONS_PAGE_SIZE = 50;

export type ResellerInvitationRow = {
  id: string;
  state: InvitationState;
  sentTo: string | null;
  resellerName: string | null;
  sentOn: Date;
  resentAt: Date | null;
  expiresAt: Date;
  decidedAt: Date | null;
  lastRefusalRule: string | null;
  lastRefusedAt: Date | null;
};

type Row = Omit<ResellerInvitationRow, "state"> & { status: InvitationStatus; expired: boolean };

/**
 * The provider's invitations to resellers (P-customers-view to see; active providers only): state
 * (pending, accepted, expired by the database clock, revoked, declined), sent to, sent on,
 * expires, and the last rule that refused an authorization. Pending ones first, newest first, a page at a time.
 */
export async function listResellerInvitations(actor: UserActor, options: { page?: unknown } = {}) {
  assertPermission(actor, "customers-view");
  const provider = await loadActiveProvider(db(), actor);
  const page = pageNumber(options.page);
  const [rows, [{ total }]] = await Promise.all([
    db().$queryRaw<Row[]>`
      SELECT i.id, i.status, i.expires_at <= now() AS expired, i.intended_email AS "sentTo", p.legal_name AS "resellerName",
             i.created_at AS "sentOn", i.resent_at AS "resentAt", i.expires_at AS "expiresAt",
             COALESCE(i.accepted_at, i.revoked_at, i.declined_at) AS "decidedAt",
             i.last_refusal_rule AS "lastRefusalRule", i.last_refused_at AS "lastRefusedAt"
      FROM invitations i LEFT JOIN partner_organizations p ON p.id = i.target_partner_id
      WHERE i.inviter_id = ${provider.id}::uuid AND i.kind = 'RESELLER_PARTNERSHIP'
      ORDER BY (i.status = 'PENDING') DESC, i.created_at DESC, i.id
      LIMIT ${INVITATIONS_PAGE_SIZE} OFFSET ${(page - 1) * INVITATIONS_PAGE_SIZE}`,
    db().$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM invitations WHERE inviter_id = ${provider.id}::uuid AND kind = 'RESELLER_PARTNERSHIP'`,
  ]);
  const invitations: ResellerInvitationRow[] = rows.map(({ status, expired, ...row }) => ({
    ...row,
    state: invitationState({ status, expired }),
  }));
  return { invitations, total, page, pageCount: Math.max(1, Math.ceil(total / INVITATIONS_PAGE_SIZE)) };
}
