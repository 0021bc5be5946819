import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invitationState, type InvitationState } from "@/lib/invitations/invitation-links";
import { pageNumber } from "@/lib/text";

export const SENT_INVITATIONS_PAGE_SIZE = 25;

export type SentCustomerInvitation = {
  id: string;
  kind: "CUSTOMER_RELATIONSHIP" | "CUSTOMER_JOINT";
  state: InvitationState;
  /** False for a joint invitation the actor's partner co-sends as provider: read-only for it. */
  mine: boolean;
  /** For a joint invitation: the other partner (the provider on the reseller's list, the reseller on the provider's). */
  otherPartnerName: string | null;
  sentTo: string | null;
  sentOn: Date;
  resentOn: Date | null;
  expiresAt: Date;
  /** The accepting customer's name, once accepted. */
  customerName: string | null;
  /** The last rule that refused an acceptance (e.g. "R3"), shown to the sender. */
  lastRefusal: { rule: string; at: Date } | null;
};

/**
 * "Sent requests": the actor's partner's customer invitations (requests and joint invitations it
 * sent) plus joint invitations it co-sends as provider, newest first, with the state people see
 * (expired is judged by the database clock). P-customer-request; scoped by the session's partner
 * and tenant.
 */
export async function listCustomerInvitations(actor: UserActor, options: { page?: unknown } = {}) {
  assertPermission(actor, "customer-request");
  const partnerId = actor.partnerId!;
  const where: Prisma.InvitationWhereInput = {
    kind: { in: ["CUSTOMER_RELATIONSHIP", "CUSTOMER_JOINT"] },
    OR: [
      { inviterId: partnerId, inviter: { tenantId: actor.tenantId } },
      { kind: "CUSTOMER_JOINT", coInviterId: partnerId, coInviter: { tenantId: actor.tenantId } },
    ],
  };
  const [[{ now }], total] = await Promise.all([
    db().$queryRaw<{ now: Date }[]>`SELECT now() AS now`,
    db().invitation.count({ where }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / SENT_INVITATIONS_PAGE_SIZE));
  const page = Math.min(pageCount, pageNumber(options.page));
  const rows = await db().invitation.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * SENT_INVITATIONS_PAGE_SIZE,
    take: SENT_INVITATIONS_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      status: true,
      inviterId: true,
      intendedEmail: true,
      createdAt: true,
      resentAt: true,
      expiresAt: true,
      lastRefusalRule: true,
      lastRefusedAt: true,
      inviter: { select: { legalName: true } },
      coInviter: { select: { legalName: true } },
      acceptedTenant: { select: { name: true } },
    },
  });
  const invitations: SentCustomerInvitation[] = rows.map((row) => {
    const mine = row.inviterId === partnerId;
    return {
      id: row.id,
      kind: row.kind as SentCustomerInvitation["kind"],
      state: invitationState({ status: row.status, expired: row.expiresAt <= now }),
      mine,
      otherPartnerName:
        row.kind === "CUSTOMER_JOINT" ? ((mine ? row.coInviter?.legalName : row.inviter.legalName) ?? null) : null,
      sentTo: row.intendedEmail,
      sentOn: row.createdAt,
      resentOn: row.resentAt,
      expiresAt: row.expiresAt,
      customerName: row.status === "ACCEPTED" ? (row.acceptedTenant?.name ?? null) : null,
      lastRefusal:
        row.lastRefusalRule && row.lastRefusedAt ? { rule: row.lastRefusalRule, at: row.lastRefusedAt } : null,
    };
  });
  return { invitations, total, page, pageCount };
}
