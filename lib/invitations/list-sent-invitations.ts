import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationKind, InvitationStatus } from "@/lib/generated/prisma/enums";
import { pageNumber } from "@/lib/text";
import type { InvitationKindRules } from "./invitation-kinds";
import { type InvitationState, invitationState } from "./invitation-links";

export const SENT_INVITATIONS_PAGE_SIZE = 25;

/** One row of a sender's list of invitations (R16), any kind. */
export type SentInvitation = {
  id: string;
  kind: InvitationKind;
  state: InvitationState;
  /** False for an invitation the partner co-sends (a joint invitation's provider): read-only for it. */
  mine: boolean;
  /** For an invitation with a co-inviter: the other partner (the co-inviter on the inviter's list, the inviter on the co-inviter's). */
  otherPartnerName: string | null;
  sentTo: string | null;
  sentOn: Date;
  resentOn: Date | null;
  expiresAt: Date;
  /** The partner the invitation is bound to (a picked reseller). */
  targetName: string | null;
  /** The accepting tenant's name, once accepted. */
  acceptedTenantName: string | null;
  /** The last rule that refused an acceptance (e.g. "R3"), shown to the sender. */
  lastRefusal: { rule: string; at: Date } | null;
};

type Row = Omit<SentInvitation, "state" | "lastRefusal"> & {
  status: InvitationStatus;
  expired: boolean;
  lastRefusalRule: string | null;
  lastRefusedAt: Date | null;
};

/**
 * The invitations of a page's kinds that a partner sent or co-sends, scoped by the partner and its
 * tenant (the caller checked the permission): pending ones first (expired ones too, by the
 * database clock), newest first, a page at a time (a page past the end shows the last).
 */
export async function listSentInvitations(
  sender: { partnerId: string; tenantId: string },
  page: Pick<InvitationKindRules, "kinds">,
  options: { page?: unknown } = {},
) {
  const partner = Prisma.sql`${sender.partnerId}::uuid`;
  const tenant = Prisma.sql`${sender.tenantId}::uuid`;
  const from = Prisma.sql`
    FROM invitations i
    JOIN partner_organizations inviter ON inviter.id = i.inviter_id
    LEFT JOIN partner_organizations co ON co.id = i.co_inviter_id
    WHERE i.kind::text = ANY(${[...page.kinds]}::text[])
      AND ((i.inviter_id = ${partner} AND inviter.tenant_id = ${tenant})
        OR (i.co_inviter_id = ${partner} AND co.tenant_id = ${tenant}))`;
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`;
  const pageCount = Math.max(1, Math.ceil(total / SENT_INVITATIONS_PAGE_SIZE));
  const current = Math.min(pageCount, pageNumber(options.page));
  const rows = await db().$queryRaw<Row[]>`
    SELECT i.id, i.kind, i.status, i.expires_at <= now() AS expired, i.inviter_id = ${partner} AS mine,
           CASE WHEN i.co_inviter_id IS NULL THEN NULL
                WHEN i.inviter_id = ${partner} THEN co.legal_name ELSE inviter.legal_name END AS "otherPartnerName",
           i.intended_email AS "sentTo", i.created_at AS "sentOn", i.resent_at AS "resentOn", i.expires_at AS "expiresAt",
           (SELECT legal_name FROM partner_organizations WHERE id = i.target_partner_id) AS "targetName",
           CASE WHEN i.status = 'ACCEPTED' THEN (SELECT name FROM tenants WHERE id = i.accepted_tenant_id) END
             AS "acceptedTenantName",
           i.last_refusal_rule AS "lastRefusalRule", i.last_refused_at AS "lastRefusedAt"
    ${from}
    ORDER BY (i.status = 'PENDING') DESC, i.created_at DESC, i.id
    LIMIT ${SENT_INVITATIONS_PAGE_SIZE} OFFSET ${(current - 1) * SENT_INVITATIONS_PAGE_SIZE}`;
  const invitations: SentInvitation[] = rows.map(({ status, expired, lastRefusalRule, lastRefusedAt, ...row }) => ({
    ...row,
    state: invitationState({ status, expired }),
    lastRefusal: lastRefusalRule && lastRefusedAt ? { rule: lastRefusalRule, at: lastRefusedAt } : null,
  }));
  return { invitations, total, page: current, pageCount };
}
