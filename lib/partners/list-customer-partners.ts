import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/**
 * For a customer tenant's own users: the partners with an active reseller relationship with it
 * (R11: there may be several), with channel, since when and, for a reseller + provider pair,
 * the other partner of the pair, and each partner's support contacts, for the customer's Overview. Tenant-scoped by the session; any
 * other tenant (a partner's, whatever its roles) gets "not found".
 */
export async function listCustomerPartners(actor: UserActor) {
  const tenant = await db().tenant.findFirst({
    where: { id: actor.tenantId, kind: "CUSTOMER" },
    select: {
      customerRelationships: {
        where: { status: "ACTIVE" },
        select: {
          id: true,
          startedAt: true,
          channel: true,
          partner: {
            select: {
              legalName: true,
              pnId: true,
              supportEmail: true,
              supportPhone: true,
              supportWebsite: true,
              enrollments: {
                where: { program: "INDIRECT_PROVIDER", status: "APPROVED" },
                select: { id: true },
                take: 1,
              },
            },
          },
          linkedPartner: { select: { legalName: true } },
        },
        orderBy: { startedAt: "asc" },
        take: 50,
      },
    },
  });
  if (!tenant) throw notFound("organization");
  return tenant.customerRelationships.map((relationship) => ({
    id: relationship.id,
    partnerName: relationship.partner.legalName,
    pnId: relationship.partner.pnId,
    /** The partner's customer-support details from its profile: where the customer gets help. */
    support: {
      email: relationship.partner.supportEmail,
      phone: relationship.partner.supportPhone,
      website: relationship.partner.supportWebsite,
    },
    channel: relationship.channel,
    /** An indirect pair's other partner (R8): the provider on a reseller's row, the reseller on a provider's. */
    linkedPartnerName: relationship.linkedPartner?.legalName ?? null,
    /** Which side of the pair this partner is, when there is a pair. */
    pairRole: relationship.linkedPartner
      ? relationship.partner.enrollments.length > 0
        ? ("PROVIDER" as const)
        : ("RESELLER" as const)
      : null,
    startedAt: relationship.startedAt,
  }));
}
